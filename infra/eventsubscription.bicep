// BlobCreated subscription from the storage system topic to the function app's blob extension
// webhook (Event Grid source blob trigger). Deploy this only after the code is deployed: Event Grid
// validates the endpoint when the subscription is created, and the `blobs_extension` system key only
// exists once the host has loaded an EventGrid-source blob trigger.

@description('Existing Event Grid system topic of the storage account.')
param systemTopicName string

@description('Function app that hosts the blob-triggered function.')
param functionAppName string

@description('Name of the blob-triggered function (folder name under the app root).')
param functionName string

@description('Container whose new blobs trigger the function.')
param containerName string

@description('The blobs_extension system key; empty to read it from the app with listKeys.')
@secure()
param blobsExtensionKey string = ''

@description('Event subscription name.')
param subscriptionName string = 'blob-created-${toLower(functionName)}'

resource site 'Microsoft.Web/sites@2025-03-01' existing = {
  name: functionAppName
}

resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' existing = {
  name: systemTopicName
}

// Microsoft.Web/sites/host has no Bicep type definitions (BCP081 if declared as a resource), so the
// host keys are read with the listKeys() function on its resource id.
var key = empty(blobsExtensionKey)
  ? listKeys('${site.id}/host/default', '2025-03-01').systemKeys.blobs_extension
  : blobsExtensionKey

resource subscription 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = {
  parent: systemTopic
  name: subscriptionName
  properties: {
    eventDeliverySchema: 'EventGridSchema'
    destination: {
      endpointType: 'WebHook'
      properties: {
        endpointUrl: 'https://${site.properties.defaultHostName}/runtime/webhooks/blobs?functionName=Host.Functions.${functionName}&code=${key}'
        maxEventsPerBatch: 1
        preferredBatchSizeInKilobytes: 64
      }
    }
    filter: {
      includedEventTypes: [
        'Microsoft.Storage.BlobCreated'
      ]
      subjectBeginsWith: '/blobServices/default/containers/${containerName}/'
      // Only operations that complete a blob; skips e.g. PutBlock (uncommitted) noise.
      advancedFilters: [
        {
          operatorType: 'StringIn'
          key: 'data.api'
          values: [
            'PutBlob'
            'PutBlockList'
            'CopyBlob'
            'FlushWithClose'
          ]
        }
      ]
    }
    retryPolicy: {
      maxDeliveryAttempts: 30
      eventTimeToLiveInMinutes: 1440
    }
  }
}

@description('Event subscription name.')
output name string = subscription.name
