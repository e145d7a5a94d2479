using System.Net;
using System.Text.Json;
using GovernanceBot.BotFramework;
using GovernanceBot.Notifications;
using GovernanceBot.Notifications.Delivery;
using GovernanceBot.Notifications.Mail;
using GovernanceBot.People;
using GovernanceBot.Tests.Requests.Workflow;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;

namespace GovernanceBot.Tests.Notifications;

/// <summary>Graph cannot be reached here: a handler stands in for <c>/users/{sender}/sendMail</c>, so what is mailed, and when, is tested.</summary>
public sealed class MailNotificationChannelTests : IDisposable
{
    const string ChiefExecutive = "11111111-1111-4111-8111-000000000005";
    const string Sender = "governancebot@derby.example";

    readonly DeliveryServices services = new();
    readonly SendMailStandIn graph = new();
    readonly MailNotificationChannel mail;

    public MailNotificationChannelTests() => mail = new MailNotificationChannel(
        new GraphServiceClient(new HttpClient(graph), new AnonymousAuthenticationProvider(), "https://graph.test/v1.0"),
        FileCouncilDirectory.Load(WorkflowFixture.Catalog),
        services.Sent,
        Options.Create(new MailOptions { Enabled = true, Sender = Sender }),
        NullLogger<MailNotificationChannel>.Instance);

    public void Dispose() => services.Dispose();

    static CancellationToken None => CancellationToken.None;

    [Fact]
    public async Task NotificationIsMailedFromTheSenderMailboxToTheRecipientsAddress()
    {
        await mail.DeliverAsync(DeliveryServices.Notification(ChiefExecutive), None);

        var (path, body) = Assert.Single(graph.Posts);
        Assert.Equal($"/v1.0/users/{Sender}/sendMail", path);
        var message = body.Prop("message");
        Assert.Equal("DER-2026-0001: for your decision", message.Prop("subject").GetString());
        Assert.Equal("chief.executive@derby.example", message.Prop("toRecipients")[0].Prop("emailAddress").Prop("address").GetString());
        var content = message.Prop("body").Prop("content").GetString()!;
        Assert.Contains("Protocol: Derby Working Together Protocol, para 28", content, StringComparison.Ordinal);
        Assert.Contains("DER-2026-0001", content, StringComparison.Ordinal);
        Assert.False(body.Prop("saveToSentItems").GetBoolean());
    }

    [Fact]
    public async Task ConfidentialNotificationSaysSoAndCarriesOnlyTheNotice()
    {
        await mail.DeliverAsync(DeliveryServices.Notification(ChiefExecutive, confidential: true), None);

        var content = Assert.Single(graph.Posts).Body.Prop("message").Prop("body").Prop("content").GetString()!;
        Assert.Contains("confidential", content, StringComparison.Ordinal);
        Assert.DoesNotContain(Samples.ReportText, content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeyAlreadyMailedIsNotMailedAgain()
    {
        var notification = DeliveryServices.Notification(ChiefExecutive);

        await mail.DeliverAsync(notification, None);
        await mail.DeliverAsync(notification with { Attempt = 2 }, None);

        Assert.Single(graph.Posts);
    }

    [Fact]
    public async Task RecipientWithoutAnAddressIsNotMailed()
    {
        Assert.False(await mail.TrySendAsync(DeliveryServices.Notification("99999999-9999-4999-8999-000000000001"), None));

        Assert.Empty(graph.Posts);
    }

    [Fact]
    public async Task OutsideLocalModeARecipientTeamsCannotReachIsMailed()
    {
        var channels = Channels(withMail: true);

        await channels.DeliverAsync(DeliveryServices.Notification(ChiefExecutive), None);

        Assert.Single(graph.Posts);
        Assert.Empty(await new LocalOutboxChannel(new SqliteInboxRecords(services.Database), TimeProvider.System).ListAsync(null, None));
    }

    [Fact]
    public async Task OutsideLocalModeARecipientNoChannelReachesFailsSoTheDispatcherRetries()
    {
        await Assert.ThrowsAsync<RecipientUnreachableException>(() => Channels(withMail: false).DeliverAsync(DeliveryServices.Notification(ChiefExecutive), None));
        await Assert.ThrowsAsync<RecipientUnreachableException>(() => Channels(withMail: true).DeliverAsync(DeliveryServices.Notification("99999999-9999-4999-8999-000000000001"), None));
    }

    [Fact]
    public void MailWithoutItsSettingsFailsValidationNamingEachMissingKey()
    {
        var validation = new MailOptionsValidation(Options.Create(new GraphOptions()));

        var result = validation.Validate(null, new MailOptions { Enabled = true });

        Assert.True(result.Failed);
        Assert.Contains("Notifications:Mail:Sender", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Graph:TenantId", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Graph:ClientId", result.FailureMessage, StringComparison.Ordinal);
        Assert.True(validation.Validate(null, new MailOptions()).Succeeded);
    }

    DeliveryChannels Channels(bool withMail) => new(
        services.Teams,
        new LocalOutboxChannel(new SqliteInboxRecords(services.Database), TimeProvider.System),
        Options.Create(new BotFrameworkOptions { MicrosoftAppId = "00000000-0000-4000-8000-00000000b07" }),
        NullLogger<DeliveryChannels>.Instance,
        withMail ? mail : null);

    sealed class SendMailStandIn : HttpMessageHandler
    {
        public List<(string Path, JsonElement Body)> Posts { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Method != HttpMethod.Post)
            {
                return new HttpResponseMessage(HttpStatusCode.MethodNotAllowed);
            }

            var body = await request.Content!.ReadAsStringAsync(cancellationToken);
            Posts.Add((Uri.UnescapeDataString(request.RequestUri!.AbsolutePath), JsonDocument.Parse(body).RootElement.Clone()));
            return new HttpResponseMessage(HttpStatusCode.Accepted);
        }
    }
}

/// <summary>Graph action bodies name their parameters in PascalCase ("Message", "SaveToSentItems"); Graph reads them case-insensitively.</summary>
static class GraphJson
{
    public static JsonElement Prop(this JsonElement element, string name) =>
        element.EnumerateObject().FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).Value is { ValueKind: not JsonValueKind.Undefined } value
            ? value
            : throw new KeyNotFoundException($"No '{name}' in {element.GetRawText()}");
}
