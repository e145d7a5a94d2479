using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovernanceBot.BotFramework;
using GovernanceBot.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GovernanceBot.Tests.Channel;

/// <summary>
/// The whole app in local mode on a temporary data folder, its replies going to a loopback connector. Each test
/// speaks in its own conversation, so one app can serve a test class.
/// </summary>
public sealed class BotApp : IAsyncLifetime
{
    readonly string dataPath;
    readonly bool ownsDataFolder;
    readonly Action<IServiceCollection>? replace;
    WebApplicationFactory<Program>? factory;

    public BotApp()
        : this((Action<IServiceCollection>?)null)
    {
    }

    internal BotApp(Action<IServiceCollection>? replace)
    {
        this.replace = replace;
        dataPath = Directory.CreateTempSubdirectory("governancebot-channel-").FullName;
        ownsDataFolder = true;
    }

    /// <summary>An app on a data folder the caller owns (and deletes), so a second app can start on it as after a restart.</summary>
    internal BotApp(string dataPath)
    {
        this.dataPath = dataPath;
        ownsDataFolder = false;
    }

    public LoopbackConnector Connector { get; private set; } = null!;

    public LogCapture Logs { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public IServiceProvider Services => factory!.Services;

    public async Task InitializeAsync()
    {
        Connector = await LoopbackConnector.StartAsync();
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseSetting("Storage:DataPath", dataPath);
            // Typing on every question, so what a turn sends does not depend on how fast the machine is.
            host.UseSetting("Channel:TypingDelayMilliseconds", "0");
            host.ConfigureLogging(logging => logging.AddProvider(Logs));
            host.ConfigureTestServices(services =>
            {
                services.AddSingleton<IStartupFilter>(RemoteAddressStartupFilter.Loopback);
                replace?.Invoke(services);
            });
        });
        Client = factory.CreateClient();
    }

    public Activity Message(string conversationId, string? text, string conversationType = "personal") => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ServiceUrl = Connector.ServiceUrl,
        ChannelId = "msteams",
        From = new ChannelAccount { Id = "29:councillor", Name = "A Councillor", AadObjectId = "11111111-2222-3333-4444-555555555555" },
        Recipient = new ChannelAccount { Id = "28:governancebot", Name = "GovernanceBot" },
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = conversationType, TenantId = "tenant-1" },
        Text = text,
    };

    /// <summary>A message from a person in a sample directory (their Entra object id), as Teams would send it.</summary>
    public Activity MessageFrom(string aadObjectId, string conversationId, string? text, string conversationType = "personal")
    {
        var message = Message(conversationId, text, conversationType);
        message.From = new ChannelAccount { Id = $"29:{aadObjectId}", Name = "Sample User", AadObjectId = aadObjectId };
        return message;
    }

    /// <summary>Posts an <c>adaptiveCard/action</c> invoke (an Action.Execute press) and returns the invoke response body.</summary>
    public async Task<JsonObject> InvokeAsync(string aadObjectId, string conversationId, string verb, JsonObject data)
    {
        var invoke = MessageFrom(aadObjectId, conversationId, null);
        invoke.Type = ActivityTypes.Invoke;
        invoke.Name = "adaptiveCard/action";
        invoke.Value = JsonSerializer.SerializeToElement(new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        });
        var response = await PostAsync(invoke);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    public Task<HttpResponseMessage> PostAsync(Activity activity) =>
        PostAsync(JsonSerializer.Serialize(activity, BotJson.Options));

    public Task<HttpResponseMessage> PostAsync(string body) =>
        Client.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

    /// <summary>
    /// Posts the activity and returns what the bot sent to its conversation in answer to the turn, in order. Notifications
    /// the background dispatcher delivered to the same chat meanwhile (proactive, with an activity-feed alert) are not
    /// part of the turn's answer, however the two interleave.
    /// </summary>
    public async Task<IReadOnlyList<Activity>> TurnAsync(Activity activity)
    {
        var before = Sent(activity.Conversation!.Id!).Count;
        var response = await PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Sent(activity.Conversation.Id!).Skip(before).Where(sent => sent.GetTeamsChannelData()?.Notification?.Alert != true).ToList();
    }

    public IReadOnlyList<Activity> Sent(string conversationId) =>
        Connector.Activities.Where(request => request.ConversationId == conversationId).Select(request => request.Activity!).ToList();

    public static JsonObject Card(Activity reply)
    {
        var attachment = Assert.Single(reply.Attachments!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        return JsonNode.Parse(((JsonElement)attachment.Content!).GetRawText())!.AsObject();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        await Connector.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (ownsDataFolder)
        {
            Directory.Delete(dataPath, recursive: true);
        }
    }
}
