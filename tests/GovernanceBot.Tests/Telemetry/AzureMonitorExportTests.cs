using System.Net;
using System.Text;
using System.Text.Json;
using GovernanceBot.BotFramework;
using GovernanceBot.Telemetry;
using GovernanceBot.Tests.Hosting;
using GovernanceBot.Tests.Storage;
using GovernanceBot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace GovernanceBot.Tests.Telemetry;

public sealed class AzureMonitorExportTests
{
    const string Question = "Can Councillor Jane Doe bring the head of planning to our group meeting?";

    [Fact]
    public void WithoutAConnectionStringNoTelemetryPipelineIsBuilt()
    {
        var services = new ServiceCollection().AddTelemetry(new ConfigurationBuilder().Build());

        Assert.DoesNotContain(services, service => service.ServiceType == typeof(TracerProvider) || service.ServiceType == typeof(MeterProvider));
    }

    [Fact]
    public async Task WithAConnectionStringTurnsAreExportedToApplicationInsightsWithoutPersonalData()
    {
        await using var ingestion = await FakeIngestion.StartAsync();
        await using var connector = await LoopbackConnector.StartAsync();
        using var data = new TempDataFolder();
        var address = new Uri($"http://127.0.0.1:{AppProcess.FreePort()}");
        await using var app = AppProcess.Start(AppSettings.With(data,
            ("ASPNETCORE_URLS", address.ToString().TrimEnd('/')),
            ("APPLICATIONINSIGHTS_CONNECTION_STRING", ingestion.ConnectionString),
            // App Service sets it; elsewhere the exporter asks the Azure VM metadata address where it runs.
            ("WEBSITE_SITE_NAME", "app-governancebot-test")));
        await app.WaitUntilHealthyAsync(address);

        using var client = new HttpClient { BaseAddress = address };
        var message = Message(connector.ServiceUrl);
        var response = await client.PostAsync("/api/messages", new StringContent(JsonSerializer.Serialize(message, BotJson.Options), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await app.StopAsync();

        var exported = ingestion.Received;
        Assert.Contains(TurnTelemetry.SpanName, exported, StringComparison.Ordinal);
        Assert.Contains(TurnTelemetry.CorrelationIdTag, exported, StringComparison.Ordinal);
        Assert.Contains(TurnTelemetry.DurationInstrument, exported, StringComparison.Ordinal);
        foreach (var personal in new[] { Question, "Jane Doe", message.From!.Name!, message.From.AadObjectId!, message.Conversation!.Id!, message.Conversation.TenantId! })
        {
            Assert.DoesNotContain(personal, exported, StringComparison.OrdinalIgnoreCase);
        }
    }

    static Activity Message(string serviceUrl) => new()
    {
        Type = ActivityTypes.Message,
        Id = "1700000000001",
        ServiceUrl = serviceUrl,
        ChannelId = "msteams",
        From = new ChannelAccount { Id = "29:jane-doe-teams-id", Name = "Jane Doe", AadObjectId = "a1b2c3d4-1111-4222-8333-944455556666" },
        Recipient = new ChannelAccount { Id = "28:governancebot", Name = "GovernanceBot" },
        Conversation = new ConversationAccount { Id = "a:jane-doe-personal-chat", ConversationType = "personal", TenantId = "7e7e7e7e-0000-4000-8000-000000000007" },
        Text = Question,
    };
}
