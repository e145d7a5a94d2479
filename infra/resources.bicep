// Everything inside the resource group; main.bicep creates the group and passes the names in.
param location string
param tags object
param resourceToken string
param appServiceSku string
param appServiceInstances int
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

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    workspaceName: 'log-${resourceToken}'
    appInsightsName: 'appi-${resourceToken}'
    location: location
    tags: tags
  }
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

// Provisioned for the cloud knowledge backend, which the app does not use yet: no app setting points at it,
// and its endpoints are deployment outputs only (see README, "Deploy to Azure").
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

// Every setting here is one the app reads (tests/GovernanceBot.Tests/Infra/InfraAppAgreementTests.cs checks it).
var baseSettings = [
  { name: 'MicrosoftAppType', value: 'UserAssignedMSI' }
  { name: 'MicrosoftAppId', value: identity.properties.clientId }
  { name: 'MicrosoftAppTenantId', value: tenant().tenantId }
  // Azure.Identity's DefaultAzureCredential picks the user-assigned identity by this client id.
  { name: 'AZURE_CLIENT_ID', value: identity.properties.clientId }
  // Shared state lives in the storage account; the data folder holds only what each instance builds at start (the
  // Lucene index), so it is the instance's own local disk, never the /home share every instance would open at once.
  { name: 'Storage__DataPath', value: '/tmp/governancebot' }
  // DefaultAzureCredential signs in as the identity above (AZURE_CLIENT_ID); it holds the Table and Blob data roles.
  { name: 'Storage__Azure__TableEndpoint', value: storage.outputs.tableEndpoint }
  { name: 'Storage__Azure__BlobEndpoint', value: storage.outputs.blobEndpoint }
  { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: monitoring.outputs.connectionString }
  { name: 'Graph__Enabled', value: string(enableGraph) }
  // azd deploys the published output; nothing to build on the server.
  { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' }
]

// Graph signs in as the bot's managed identity; a tenant admin grants it the Graph permissions.
var graphSettings = enableGraph ? [
  { name: 'Graph__TenantId', value: tenant().tenantId }
  { name: 'Graph__ClientId', value: identity.properties.clientId }
] : []

module app 'modules/app.bicep' = {
  name: 'app'
  params: {
    planName: 'plan-${resourceToken}'
    appName: 'app-${resourceToken}'
    location: location
    tags: tags
    sku: appServiceSku
    instances: appServiceInstances
    identityId: identity.id
    appSettings: concat(baseSettings, graphSettings)
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
output storageAccountName string = storage.outputs.name
output webAppUri string = 'https://${app.outputs.hostName}'
output searchEndpoint string = enableCloudKnowledge ? knowledge!.outputs.searchEndpoint : ''
output openAiEndpoint string = enableCloudKnowledge ? knowledge!.outputs.openAiEndpoint : ''
