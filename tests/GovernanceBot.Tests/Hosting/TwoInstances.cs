using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovernanceBot.BotFramework;
using GovernanceBot.Tests.Storage;
using GovernanceBot.Tests.Support;

namespace GovernanceBot.Tests.Hosting;

/// <summary>
/// Two app processes on one Azurite, as two App Service instances run: the same Storage__Azure__ConnectionString and
/// name prefix, their own ASPNETCORE_URLS and their own Storage__DataPath, in local mode, replying to one loopback
/// connector. <see cref="Stores"/> opens the same storage from the test, as a third instance would.
/// </summary>
public sealed class TwoInstances : IAsyncLifetime
{
    readonly List<string> folders = [];
    readonly List<AppProcess> apps = [];

    public LoopbackConnector Connector { get; private set; } = null!;

    public string Prefix { get; } = Azurite.FreshPrefix();

    public IReadOnlyList<Instance> Instances { get; private set; } = [];

    public Instance A => Instances[0];

    public Instance B => Instances[1];

    public async Task InitializeAsync()
    {
        var connectionString = await Azurite.ConnectionStringAsync();
        Connector = await LoopbackConnector.StartAsync();
        Instances = await Task.WhenAll(new[] { "a", "b" }.Select(name => StartAsync(name, connectionString)));
    }

    async Task<Instance> StartAsync(string name, string connectionString)
    {
        var data = Directory.CreateTempSubdirectory($"governancebot-instance-{name}-").FullName;
        lock (folders)
        {
            folders.Add(data);
        }

        var address = new Uri($"http://127.0.0.1:{AppProcess.FreePort()}");
        var app = AppProcess.Start(new Dictionary<string, string>
        {
            ["Storage__Azure__ConnectionString"] = connectionString,
            ["Storage__Azure__NamePrefix"] = Prefix,
            ["Storage__DataPath"] = data,
            ["ASPNETCORE_URLS"] = address.ToString(),
            ["Channel__TypingDelayMilliseconds"] = "0",
            ["Notifications__PollSeconds"] = "0.2",
            ["Logging__LogLevel__Default"] = "Warning",
        });
        lock (apps)
        {
            apps.Add(app);
        }

        await app.WaitUntilHealthyAsync(address);
        return new Instance(name, address, data, app, this);
    }

    /// <summary>The stores over the instances' storage, opened from the test.</summary>
    public async Task<Stores> StoresAsync() =>
        await new AzuriteBackend(Prefix).OpenAsync();

    public async Task DisposeAsync()
    {
        foreach (var app in apps)
        {
            await app.DisposeAsync();
        }

        await Connector.DisposeAsync();
        foreach (var folder in folders)
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>One app process: where it listens and keeps its data folder, and turns sent to it.</summary>
    public sealed class Instance(string name, Uri address, string dataPath, AppProcess app, TwoInstances both)
    {
        // A guard against a hung instance, not a timing assertion. Each instance starts on an empty data folder, so its
        // first turn waits while it embeds every clause and question asked before, two instances at once beside the
        // rest of the suite on a 2-core machine: over a minute has been seen.
        static readonly HttpClient Client = new() { Timeout = TimeSpan.FromMinutes(3) };

        public string Name => name;

        public string DataPath => dataPath;

        public string Output => app.Output;

        public Activity MessageFrom(string aadObjectId, string conversationId, string? text) => new()
        {
            Type = ActivityTypes.Message,
            Id = Guid.NewGuid().ToString("N"),
            ServiceUrl = both.Connector.ServiceUrl,
            ChannelId = "msteams",
            From = new ChannelAccount { Id = $"29:{aadObjectId}", Name = "Sample User", AadObjectId = aadObjectId },
            Recipient = new ChannelAccount { Id = "28:governancebot", Name = "GovernanceBot" },
            Conversation = new ConversationAccount { Id = conversationId, ConversationType = "personal", TenantId = "tenant-1" },
            Text = text,
        };

        /// <summary>Posts the activity to this instance and returns what it sent to the conversation during the turn.</summary>
        public async Task<IReadOnlyList<Activity>> TurnAsync(Activity activity)
        {
            var before = both.Sent(activity.Conversation!.Id!).Count;
            using var response = await PostAsync(activity);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{name}: {response.StatusCode}\n{app.Output}");
            return both.Sent(activity.Conversation.Id!).Skip(before).Where(sent => sent.GetTeamsChannelData()?.Notification?.Alert != true).ToList();
        }

        public Task<IReadOnlyList<Activity>> SayAsync(string aadObjectId, string conversationId, string text) =>
            TurnAsync(MessageFrom(aadObjectId, conversationId, text));

        public Task<IReadOnlyList<Activity>> SubmitAsync(string aadObjectId, string conversationId, JsonObject value)
        {
            var submit = MessageFrom(aadObjectId, conversationId, null);
            submit.Value = JsonSerializer.SerializeToElement(value);
            return TurnAsync(submit);
        }

        /// <summary>An Action.Execute press (<c>adaptiveCard/action</c> invoke) on this instance; the invoke response body.</summary>
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
            using var response = await PostAsync(invoke);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{name}: {response.StatusCode}\n{app.Output}");
            return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        }

        Task<HttpResponseMessage> PostAsync(Activity activity) => Client.PostAsync(new Uri(address, "/api/messages"),
            new StringContent(JsonSerializer.Serialize(activity, BotJson.Options), Encoding.UTF8, "application/json"));
    }

    IReadOnlyList<Activity> Sent(string conversationId) =>
        Connector.Activities.Where(request => request.ConversationId == conversationId).Select(request => request.Activity!).ToList();
}
