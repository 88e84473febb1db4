// Publishing: Ofsted inspection report summaries on Azure Functions (custom handler, Native AOT).
// Main template; modules live in infra/. See docs/deployment.md for the deployment order
// (infrastructure -> code -> event subscription).
targetScope = 'resourceGroup'

@description('Azure region for all resources.')
param location string = resourceGroup().location

@description('Short name used as the prefix of every resource name.')
@minLength(2)
@maxLength(12)
param baseName string = 'publishing'

@description('Create the Event Grid BlobCreated subscription. Set true only after the code has been deployed.')
param deployEventSubscription bool = false

@description('The function app\'s blobs_extension system key; empty to read it with listKeys during deployment.')
@secure()
param blobsExtensionKey string = ''

@description('Deploy an Azure AI Language account (managed identity auth, key auth disabled).')
param deployLanguage bool = false

@description('Pricing tier of the Language account.')
@allowed([
  'F0'
  'S'
])
param languageSku string = 'S'

@description('Storage redundancy.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_RAGRS'
])
param storageSku string = 'Standard_LRS'

@description('Instance memory of the Flex Consumption app in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Maximum number of Flex Consumption instances.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 100

@description('Optional object id of a user or group given blob/queue/table data access (e.g. to upload reports).')
param operatorPrincipalId string = ''

@description('Principal type of operatorPrincipalId.')
@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param operatorPrincipalType string = 'User'

@description('Base64 of 32 random bytes that seals webhook secrets at rest (e.g. openssl rand -base64 32). Empty: subscriptions made before a restart cannot be delivered after it.')
@secure()
param secretProtectionKey string = ''

@description('Tags applied to every resource.')
param tags object = {
  application: 'publishing'
}

var token = uniqueString(subscription().id, resourceGroup().id, baseName)
var prefix = toLower(baseName)
var names = {
  storage: take('st${replace(prefix, '-', '')}${token}', 24)
  workspace: 'log-${prefix}-${token}'
  appInsights: 'appi-${prefix}-${token}'
  plan: 'plan-${prefix}-${token}'
  functionApp: 'func-${prefix}-${token}'
  language: 'lang-${prefix}-${token}'
  systemTopic: 'evgt-${prefix}-${token}'
}

var reportsContainer = 'reports'
var deploymentContainer = 'deployments'
var appContainers = [
  reportsContainer
  'records'
  'statements'
  'summaries'
  'feeds'
  'state'
]
// infra/storage.bicep creates each queue's "-poison" queue beside it.
var appQueues = [
  'compose-summary'
  'publish-summary'
  'deliver-webhook'
]

module storage 'infra/storage.bicep' = {
  name: 'storage'
  params: {
    location: location
    storageAccountName: names.storage
    skuName: storageSku
    deploymentContainerName: deploymentContainer
    containerNames: appContainers
    expiringPrefixes: [
      // Idempotency-Key reservations hold for 24 hours (Statements/Storage/IdempotencyStore.cs).
      { name: 'idempotency-keys', prefix: 'state/idempotency/', days: 2 }
    ]
    queueNames: appQueues
    tags: tags
  }
}

module monitoring 'infra/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    workspaceName: names.workspace
    appInsightsName: names.appInsights
    tags: tags
  }
}

module language 'infra/language.bicep' = if (deployLanguage) {
  name: 'language'
  params: {
    location: location
    accountName: names.language
    skuName: languageSku
    tags: tags
  }
}

module functionApp 'infra/functionapp.bicep' = {
  name: 'functionapp'
  params: {
    location: location
    planName: names.plan
    functionAppName: names.functionApp
    storageAccountName: names.storage
    deploymentContainerName: deploymentContainer
    appInsightsConnectionString: monitoring.outputs.connectionString
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    extraAppSettings: union(
      {
        PUBLISHING_PUBLIC_URL: 'https://${names.functionApp}.azurewebsites.net/'
      },
      empty(secretProtectionKey) ? {} : { PUBLISHING_SECRET_PROTECTION_KEY: secretProtectionKey },
      deployLanguage ? { PUBLISHING_LANGUAGE_ENDPOINT: language.?outputs.endpoint ?? '' } : {}
    )
    tags: tags
  }
  dependsOn: [
    storage
  ]
}

module roles 'infra/roles.bicep' = {
  name: 'roles'
  params: {
    functionAppName: names.functionApp
    storageAccountName: names.storage
    appInsightsName: names.appInsights
    languageAccountName: deployLanguage ? names.language : ''
    operatorPrincipalId: operatorPrincipalId
    operatorPrincipalType: operatorPrincipalType
  }
  dependsOn: [
    functionApp
    storage
    monitoring
    language
  ]
}

module eventGrid 'infra/eventgrid.bicep' = {
  name: 'eventgrid'
  params: {
    location: location
    systemTopicName: names.systemTopic
    storageAccountName: names.storage
    tags: tags
  }
  dependsOn: [
    storage
  ]
}

module eventSubscription 'infra/eventsubscription.bicep' = if (deployEventSubscription) {
  name: 'eventsubscription'
  params: {
    systemTopicName: names.systemTopic
    functionAppName: names.functionApp
    functionName: 'ReportBlobCreated'
    containerName: reportsContainer
    blobsExtensionKey: blobsExtensionKey
  }
  dependsOn: [
    eventGrid
    functionApp
    roles
  ]
}

@description('Function app name (target of az functionapp deploy).')
output functionAppName string = functionApp.outputs.name

@description('Storage account name.')
output storageAccountName string = storage.outputs.name

@description('URL of the container that receives inspection reports (upload here to start the pipeline).')
output reportsContainerUrl string = '${storage.outputs.blobEndpoint}${reportsContainer}'

@description('Base URL of the HTTP API.')
output apiBaseUrl string = 'https://${functionApp.outputs.defaultHostName}/api'

@description('Event Grid system topic name.')
output systemTopicName string = eventGrid.outputs.name
