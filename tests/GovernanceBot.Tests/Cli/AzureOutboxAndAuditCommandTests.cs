using System.Text.Json;
using GovernanceBot.Audit;
using GovernanceBot.Notifications;
using GovernanceBot.Tests.Storage;
using GovernanceBot.Tests.Support;

namespace GovernanceBot.Tests.Cli;

/// <summary>With <c>Storage:Azure</c> set, the outbox and audit commands read what the instances wrote to Azure Storage.</summary>
public sealed class AzureOutboxAndAuditCommandTests : IDisposable
{
    readonly AzuriteBackend backend = new();
    readonly TempDataFolder data = new();

    public void Dispose() => data.Dispose();

    async Task<Dictionary<string, string?>> AzureAsync() => new()
    {
        ["Storage__Azure__ConnectionString"] = await Azurite.ConnectionStringAsync(),
        ["Storage__Azure__NamePrefix"] = backend.Prefix,
    };

    async Task RecordAsync()
    {
        var at = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
        var message = new NotificationMessage("decision-needed", "request-1", "DER-ATT-0007", "derby", "officer-attendance", 1,
            "DER-ATT-0007: for your decision", "A request waits for your decision.", "para 28", Confidential: false, Actionable: true);
        await (await backend.OpenAsync()).Outbox.EnqueueAsync([new OutboxMessage("DER-ATT-0007:decision-needed", "receiver-aad", message)],
            new AuditEntry(at, "requester-aad", AuditEvents.RequestSubmitted, "derby", "officer-attendance", "DER-ATT-0007", "para 28", "to receiver-aad"),
            at, CancellationToken.None);
    }

    [Fact]
    public async Task TheOutboxCommandListsTheRowsInAzureStorageAndOpensNoDatabase()
    {
        await RecordAsync();

        var result = await GovernanceBotProcess.RunAsync(await AzureAsync(), "outbox", "--data", data.Path, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var row = Assert.Single(JsonDocument.Parse(result.Output).RootElement.EnumerateArray());
        Assert.Equal(("DER-ATT-0007", "pending", "receiver-aad"),
            (row.GetProperty("reference").GetString(), row.GetProperty("status").GetString(), row.GetProperty("recipientAadObjectId").GetString()));
        Assert.False(File.Exists(data.DatabasePath));
    }

    [Fact]
    public async Task TheAuditExportWritesTheEntriesInAzureStorage()
    {
        await RecordAsync();
        var file = Path.Combine(data.Path, "audit.csv");

        var result = await GovernanceBotProcess.RunAsync(await AzureAsync(), "audit", "export", "--council", "derby", "--out", file, "--data", data.Path);

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = await File.ReadAllLinesAsync(file);
        Assert.Equal(2, lines.Length);
        Assert.Contains("request-submitted,derby,officer-attendance,DER-ATT-0007", lines[1], StringComparison.Ordinal);
    }
}
