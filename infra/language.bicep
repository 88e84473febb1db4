// Optional Azure AI Language account. Key auth is disabled; the app calls it with its managed
// identity (Cognitive Services User role, assigned in roles.bicep), which requires a custom subdomain.

@description('Azure region for the Language account.')
param location string

@description('Account name; also used as the globally unique custom subdomain.')
param accountName string

@description('Pricing tier (F0 is free, one per subscription).')
@allowed([
  'F0'
  'S'
])
param skuName string = 'S'

@description('Tags applied to every resource.')
param tags object = {}

resource language 'Microsoft.CognitiveServices/accounts@2026-07-01' = {
  name: accountName
  location: location
  tags: tags
  kind: 'TextAnalytics'
  sku: {
    name: skuName
  }
  identity: {
    type: 'None'
  }
  properties: {
    customSubDomainName: accountName
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
    }
  }
}

@description('Account name.')
output name string = language.name

@description('Endpoint, e.g. https://<subdomain>.cognitiveservices.azure.com/.')
output endpoint string = language.properties.endpoint
