// Event Grid system topic for the storage account. It is created on every deployment (it costs
// nothing by itself); the BlobCreated subscription that feeds the function is in
// eventsubscription.bicep and is deployed only once the code is running (see docs/deployment.md).

@description('Azure region of the storage account (system topics live beside their source).')
param location string

@description('System topic name.')
param systemTopicName string

@description('Storage account the topic publishes events for.')
param storageAccountName string

@description('Tags applied to every resource.')
param tags object = {}

resource storage 'Microsoft.Storage/storageAccounts@2026-06-01' existing = {
  name: storageAccountName
}

resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: systemTopicName
  location: location
  tags: tags
  properties: {
    source: storage.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

@description('System topic name.')
output name string = systemTopic.name
