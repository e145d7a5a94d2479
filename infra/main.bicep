// GovernanceBot on Azure, for `azd up`: one resource group holding the bot's web app, its
// user-assigned managed identity (which is also the bot's Microsoft App ID), the Azure Bot
// registration with the Teams channel, Application Insights with its Log Analytics workspace and,
// when asked for, the resources of the cloud knowledge backend (Azure AI Search and Azure OpenAI),
// which the app does not use yet.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('The azd environment name; names the resource group and seeds the resource names.')
param environmentName string

@minLength(1)
@description('Region for everything except the bot registration, which is global.')
param location string

@description('App Service plan size. Basic or above: the bot needs Always On. Each of these can run several instances (Basic up to 3, S1 up to 10, Premium v3 up to 30).')
@allowed([ 'B1', 'B2', 'B3', 'S1', 'P0v3', 'P1v3' ])
param appServiceSku string = 'B1'

@description('How many instances the plan runs. Every instance keeps its shared state in the storage account and builds its own index on local disk, so any number can run side by side.')
@minValue(1)
@maxValue(30)
param appServiceInstances int = 1

@description('Azure Bot pricing tier. Teams is a standard channel, so F0 carries it.')
@allowed([ 'F0', 'S1' ])
param botSku string = 'F0'

@description('Create Azure AI Search and Azure OpenAI for the cloud knowledge backend. The app does not use them yet and always answers from its embedded Lucene index.')
param enableCloudKnowledge bool = false

@description('Region for Azure OpenAI, which is not offered in every region.')
param openAiLocation string = location

@description('Tell the app that Microsoft Graph is available. Graph permissions for the identity are granted by a tenant admin, not here.')
param enableGraph bool = false

var tags = { 'azd-env-name': environmentName }
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))

resource group 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module resources 'resources.bicep' = {
  name: 'governancebot-resources'
  scope: group
  params: {
    location: location
    tags: tags
    resourceToken: resourceToken
    appServiceSku: appServiceSku
    appServiceInstances: appServiceInstances
    botSku: botSku
    enableCloudKnowledge: enableCloudKnowledge
    openAiLocation: openAiLocation
    enableGraph: enableGraph
  }
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = group.name
@description('The bot\'s Microsoft App ID (the managed identity\'s client id): the id for the Teams app package.')
output BOT_ID string = resources.outputs.botId
output BOT_ENDPOINT string = resources.outputs.botEndpoint
output SERVICE_BOT_NAME string = resources.outputs.webAppName
output SERVICE_BOT_URI string = resources.outputs.webAppUri
@description('Azure AI Search, for the cloud knowledge backend to come; empty unless ENABLE_CLOUD_KNOWLEDGE.')
output AZURE_SEARCH_ENDPOINT string = resources.outputs.searchEndpoint
@description('Azure OpenAI, for the cloud knowledge backend to come; empty unless ENABLE_CLOUD_KNOWLEDGE.')
output AZURE_OPENAI_ENDPOINT string = resources.outputs.openAiEndpoint
