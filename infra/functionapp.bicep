// Flex Consumption (FC1) plan + Linux function app running the Native AOT custom handler.
// - runtime custom/1.0: the host starts the `publishing` executable named in host.json.
// - the deployment package lives in a blob container of the app's storage account and is read with
//   the app's system-assigned identity (no storage keys, no connection strings with secrets).
// - FUNCTIONS_WORKER_RUNTIME must NOT be set on Flex: the runtime comes from functionAppConfig.

@description('Azure region for the plan and the app.')
param location string

@description('Flex Consumption plan name.')
param planName string

@description('Function app name (also the default host name prefix).')
param functionAppName string

@description('Storage account used by the host and the app.')
param storageAccountName string

@description('Blob container holding the deployment package.')
param deploymentContainerName string

@description('Application Insights connection string.')
param appInsightsConnectionString string

@description('Instance memory in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Maximum number of instances the app scales out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 100

@description('Extra app settings (name to value), merged over the defaults.')
param extraAppSettings object = {}

@description('Tags applied to every resource.')
param tags object = {}

resource storage 'Microsoft.Storage/storageAccounts@2026-06-01' existing = {
  name: storageAccountName
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: functionAppName
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      minTlsVersion: '1.2'
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'SystemAssignedIdentity'
          }
        }
      }
      runtime: {
        name: 'custom'
        version: '1.0'
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
    }
  }
}

// Identity-based connection for the Functions host and its triggers (blob, queue) and for the app's
// own Azure SDK clients, which read the same settings through configuration.
var baseAppSettings = {
  AzureWebJobsStorage__accountName: storage.name
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__blobServiceUri: storage.properties.primaryEndpoints.blob
  AzureWebJobsStorage__queueServiceUri: storage.properties.primaryEndpoints.queue
  AzureWebJobsStorage__tableServiceUri: storage.properties.primaryEndpoints.table
  APPLICATIONINSIGHTS_CONNECTION_STRING: appInsightsConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'Authorization=AAD'
  // The workstation GC: one small heap per instance starts about 10 ms sooner than the server GC the binary defaults
  // to (which `publishing read --dir` wants, to use every core). Measured by ColdStart/cold-start.sh.
  DOTNET_gcServer: '0'
}

resource appSettings 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: site
  name: 'appsettings'
  properties: union(baseAppSettings, extraAppSettings)
}

// Publishing with basic (user/password) credentials is off; deploy with Entra ID (az functionapp deploy).
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

@description('Function app name.')
output name string = site.name

@description('Function app resource id.')
output id string = site.id

@description('Object id of the app\'s system-assigned identity.')
output principalId string = site.identity.principalId

@description('Default host name, e.g. <app>.azurewebsites.net.')
output defaultHostName string = site.properties.defaultHostName
