using System.Net;
using System.Text;
using System.Text.Json;
using GovernanceBot.BotFramework;
using GovernanceBot.Notifications;
using GovernanceBot.Notifications.Delivery;
using GovernanceBot.Requests;
using GovernanceBot.Requests.Contract;
using GovernanceBot.Requests.Workflow;
using GovernanceBot.Tests.Requests.Workflow;
using GovernanceBot.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceBot.Tests.Notifications;

/// <summary>The whole app, stopped after it sent a notification but before it recorded the delivery, then started again.</summary>
public sealed class DeliveryAcrossRestartTests : IAsyncLifetime
{
    const string ChiefExecutive = "11111111-1111-4111-8111-000000000005";
    const string Councillor = "11111111-1111-4111-8111-000000000001";

    // A guard against a hung test, not a timing assertion.
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    readonly string dataPath = Directory.CreateTempSubdirectory("governancebot-restart-").FullName;
    LoopbackConnector connector = null!;

    public async Task InitializeAsync() => connector = await LoopbackConnector.StartAsync();

    public async Task DisposeAsync()
    {
        await connector.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(dataPath, recursive: true);
    }

    [Fact]
    public async Task NotificationSentJustBeforeTheHostDiedIsDeliveredOnceAfterTheRestart()
    {
        var dying = new DieAfterDelivering();
        string reference;
        int chatBefore;
        await using (var first = App(services => services.AddSingleton<INotificationChannel>(sp => dying.Around(sp.GetRequiredService<DeliveryChannels>()))))
        {
            var client = first.CreateClient();
            var spoke = await client.PostAsync("/api/messages", Body(ChiefExecutive, "ce-chat", "help"));
            Assert.Equal(HttpStatusCode.OK, spoke.StatusCode);
            chatBefore = Sent("ce-chat").Count;

            var submitted = await first.Services.GetRequiredService<RequestWorkflow>()
                .SubmitAsync(new Submission("derby", Samples.Attendance()), Councillor, CancellationToken.None);
            reference = submitted.Request!.Reference;
            await dying.Delivered.Task.WaitAsync(Patience);
        }

        await using var second = App(_ => { });
        var outbox = second.Services.GetRequiredService<Outbox>();
        while (await outbox.PendingCountAsync(CancellationToken.None) > 0)
        {
            await Task.Delay(50).WaitAsync(Patience);
        }

        var toChiefExecutive = Sent("ce-chat").Skip(chatBefore).ToList();
        var notice = Assert.Single(toChiefExecutive);
        Assert.StartsWith($"{reference}: for your decision", notice.Text, StringComparison.Ordinal);
        var rows = await outbox.ListAsync(new OutboxQuery(RecipientAadObjectId: ChiefExecutive), CancellationToken.None);
        var row = Assert.Single(rows);
        Assert.Equal((OutboxRow.Delivered, 2), (row.Status, row.Attempts));
        Assert.Single(await second.Services.GetRequiredService<LocalOutboxChannel>().ListAsync(ChiefExecutive, CancellationToken.None));
    }

    WebApplicationFactory<Program> App(Action<IServiceCollection> replace) => new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
    {
        host.UseSetting("Storage:DataPath", dataPath);
        host.UseSetting("Notifications:LeaseSeconds", "1");
        host.UseSetting("Notifications:PollSeconds", "0.05");
        host.ConfigureTestServices(services =>
        {
            services.AddSingleton<IStartupFilter>(RemoteAddressStartupFilter.Loopback);
            replace(services);
        });
    });

    IReadOnlyList<Activity> Sent(string conversationId) =>
        connector.Activities.Where(r => r.ConversationId == conversationId).Select(r => r.Activity!).ToList();

    StringContent Body(string aad, string conversationId, string text) => new(JsonSerializer.Serialize(new Activity
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ServiceUrl = connector.ServiceUrl,
        ChannelId = "msteams",
        From = new ChannelAccount { Id = "29:chief-executive", Name = "Pat Okafor", AadObjectId = aad },
        Recipient = new ChannelAccount { Id = "28:governancebot", Name = "GovernanceBot" },
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = "personal", TenantId = "tenant-1" },
        Text = text,
    }, BotJson.Options), Encoding.UTF8, "application/json");

    /// <summary>Delivers the first notification for real, then hangs like a process about to die, until the host stops.</summary>
    sealed class DieAfterDelivering
    {
        public TaskCompletionSource Delivered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public INotificationChannel Around(INotificationChannel inner) => new Channel(inner, this);

        sealed class Channel(INotificationChannel inner, DieAfterDelivering owner) : INotificationChannel
        {
            public async Task DeliverAsync(PendingNotification notification, CancellationToken cancellationToken)
            {
                await inner.DeliverAsync(notification, cancellationToken);
                owner.Delivered.TrySetResult();
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
        }
    }
}
