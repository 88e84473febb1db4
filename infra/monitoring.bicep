// Log Analytics workspace + workspace-based Application Insights with local (instrumentation-key)
// authentication disabled: telemetry is accepted only with an Entra token, which the function app
// gets from its managed identity (APPLICATIONINSIGHTS_AUTHENTICATION_STRING=Authorization=AAD).

@description('Azure region for the monitoring resources.')
param location string

@description('Log Analytics workspace name.')
param workspaceName string

@description('Application Insights component name.')
param appInsightsName string

@description('Days to keep logs in the workspace.')
@minValue(30)
@maxValue(730)
param retentionInDays int = 30

@description('Tags applied to every resource.')
param tags object = {}

resource workspace 'Microsoft.OperationalInsights/workspaces@2026-03-01' = {
  name: workspaceName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
    features: {
      disableLocalAuth: true
    }
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    DisableLocalAuth: true
    IngestionMode: 'LogAnalytics'
  }
}

@description('Application Insights component name (for role assignments).')
output appInsightsName string = appInsights.name

@description('Application Insights connection string (not a secret: local auth is disabled).')
output connectionString string = appInsights.properties.ConnectionString
