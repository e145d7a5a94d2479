// Everything inside the resource group; main.bicep creates the group and passes the names in.
param location string
param tags object
param resourceToken string
param appServiceSku string
param botSku string
param enableCloudKnowledge bool
param openAiLocation string
param enableGraph bool

// The bot authenticates as this identity both to the Bot Framework (msaAppType UserAssignedMSI)
// and to Azure services, so there is no secret to store or rotate.
resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-${resourceToken}'
  location: location
  tags: tags
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: 'st${resourceToken}'
    location: location
    tags: tags
    principalId: identity.properties.principalId
  }
}

module knowledge 'modules/knowledge.bicep' = if (enableCloudKnowledge) {
  name: 'knowledge'
  params: {
    searchName: 'srch-${resourceToken}'
    openAiName: 'oai-${resourceToken}'
    location: location
    openAiLocation: openAiLocation
    tags: tags
    principalId: identity.properties.principalId
  }
}

var baseSettings = [
  { name: 'MicrosoftAppType', value: 'UserAssignedMSI' }
  { name: 'MicrosoftAppId', value: identity.properties.clientId }
  { name: 'MicrosoftAppTenantId', value: tenant().tenantId }
  // Azure.Identity picks the user-assigned identity by this client id.
  { name: 'AZURE_CLIENT_ID', value: identity.properties.clientId }
  // /home is the App Service share that survives restarts and redeployments.
  { name: 'Storage__DataPath', value: '/home/data' }
  { name: 'Storage__Azure__BlobEndpoint', value: storage.outputs.blobEndpoint }
  { name: 'Storage__Azure__TableEndpoint', value: storage.outputs.tableEndpoint }
  { name: 'Graph__Enabled', value: string(enableGraph) }
  // azd deploys the published output; nothing to build on the server.
  { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' }
]

// Only present when the backend exists: the app keeps its embedded index while these are absent.
var knowledgeSettings = enableCloudKnowledge ? [
  { name: 'Knowledge__AzureSearch__Endpoint', value: knowledge!.outputs.searchEndpoint }
  { name: 'Knowledge__AzureOpenAI__Endpoint', value: knowledge!.outputs.openAiEndpoint }
  { name: 'Knowledge__AzureOpenAI__EmbeddingDeployment', value: knowledge!.outputs.embeddingDeployment }
] : []

module app 'modules/app.bicep' = {
  name: 'app'
  params: {
    planName: 'plan-${resourceToken}'
    appName: 'app-${resourceToken}'
    location: location
    tags: tags
    sku: appServiceSku
    identityId: identity.id
    appSettings: concat(baseSettings, knowledgeSettings)
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: 'bot-${resourceToken}'
    tags: tags
    sku: botSku
    endpoint: 'https://${app.outputs.hostName}/api/messages'
    identityId: identity.id
    identityClientId: identity.properties.clientId
  }
}

output botId string = identity.properties.clientId
output botEndpoint string = 'https://${app.outputs.hostName}/api/messages'
output webAppName string = app.outputs.name
output webAppUri string = 'https://${app.outputs.hostName}'
