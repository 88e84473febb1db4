// Data-plane role assignments for the function app's system-assigned identity (and, optionally, an
// operator who uploads reports by hand). Names are guid(scope, principal, role) so re-deploying is
// idempotent.

@description('Function app whose system-assigned identity gets the roles.')
param functionAppName string

@description('Storage account the app uses.')
param storageAccountName string

@description('Application Insights component the app sends telemetry to.')
param appInsightsName string

@description('Azure AI Language account name, or empty when none is deployed.')
param languageAccountName string = ''

@description('Optional object id of a person or group allowed to upload reports and read outputs.')
param operatorPrincipalId string = ''

@description('Principal type of operatorPrincipalId.')
@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param operatorPrincipalType string = 'User'

var roleIds = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageBlobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
  cognitiveServicesUser: 'a97b65f3-24c7-4388-baec-2e87135dc908'
}

// The blob trigger and the Flex deployment container need Blob Data Owner; the host's internal
// queues and the app's work queues need Queue Data Contributor; the app keeps its state (keys, subscriptions, records) in blobs; the table role stays for the Functions host.
var storageRoles = [
  roleIds.storageBlobDataOwner
  roleIds.storageQueueDataContributor
  roleIds.storageTableDataContributor
]

resource site 'Microsoft.Web/sites@2025-03-01' existing = {
  name: functionAppName
}

// Role assignment names must be known when the deployment starts, so they are derived from the
// app's resource id; the principal id itself is only known at run time.
var appPrincipalId = site.identity.principalId

resource storage 'Microsoft.Storage/storageAccounts@2026-06-01' existing = {
  name: storageAccountName
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

resource language 'Microsoft.CognitiveServices/accounts@2026-07-01' existing = if (!empty(languageAccountName)) {
  name: languageAccountName
}

resource appStorageRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for roleId in storageRoles: {
    name: guid(storage.id, site.id, roleId)
    scope: storage
    properties: {
      principalId: appPrincipalId
      principalType: 'ServicePrincipal'
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)
    }
  }
]

resource appMetricsPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(appInsights.id, site.id, roleIds.monitoringMetricsPublisher)
  scope: appInsights
  properties: {
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleIds.monitoringMetricsPublisher)
  }
}

resource appLanguageUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(languageAccountName)) {
  name: guid(language.id, site.id, roleIds.cognitiveServicesUser)
  scope: language
  properties: {
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleIds.cognitiveServicesUser)
  }
}

var operatorStorageRoles = empty(operatorPrincipalId)
  ? []
  : [
      roleIds.storageBlobDataContributor
      roleIds.storageQueueDataContributor
      roleIds.storageTableDataContributor
    ]

resource operatorRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for roleId in operatorStorageRoles: {
    name: guid(storage.id, operatorPrincipalId, roleId)
    scope: storage
    properties: {
      principalId: operatorPrincipalId
      principalType: operatorPrincipalType
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)
    }
  }
]
