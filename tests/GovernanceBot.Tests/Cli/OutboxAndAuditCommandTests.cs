using System.Text.Json;
using GovernanceBot.Requests;
using GovernanceBot.Requests.Contract;
using GovernanceBot.Requests.Workflow;
using GovernanceBot.Tests.Requests.Workflow;

namespace GovernanceBot.Tests.Cli;

public sealed class OutboxAndAuditCommandTests : IDisposable
{
    readonly WorkflowFixture fixture = new();

    string DataPath => Path.GetDirectoryName(fixture.DatabasePath)!;

    public void Dispose() => fixture.Dispose();

    /// <summary>A confidential report at lbe (delivered) and an attendance request at derby (still pending).</summary>
    async Task<(RoutedRequest Report, RoutedRequest Attendance)> RecordAsync()
    {
        var report = await fixture.SubmitAsync("lbe", "housing-officer", Samples.Report(fixture.Aad("lbe", "labour-member")));
        await fixture.Dispatcher(fixture.Inbox).DispatchPendingAsync(CancellationToken.None);
        var attendance = await fixture.SubmitAsync("derby", "alex-morgan", Samples.Attendance());
        return (report, attendance);
    }

    [Fact]
    public async Task OutboxListsWhoWasSentWhatAndHowDeliveryWentWithoutTheReportsWords()
    {
        var (report, attendance) = await RecordAsync();

        var all = await GovernanceBotProcess.RunAsync("outbox", "--data", DataPath, "--json");
        var delivered = await GovernanceBotProcess.RunAsync("outbox", "--data", DataPath, "--json", "--status", "delivered");

        Assert.Equal(0, all.ExitCode);
        var rows = JsonDocument.Parse(all.Output).RootElement.EnumerateArray().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(["delivered", "pending"], rows.Select(r => r.GetProperty("status").GetString()));
        var received = rows.Single(r => r.GetProperty("kind").GetString() == "report-received");
        Assert.Equal((report.Reference, "lbe", report.ReceiverAadObjectId, 1),
            (received.GetProperty("reference").GetString(), received.GetProperty("councilId").GetString(), received.GetProperty("recipientAadObjectId").GetString(), received.GetProperty("attempts").GetInt32()));
        Assert.Contains(rows, r => r.GetProperty("reference").GetString() == attendance.Reference);
        Assert.DoesNotContain(Samples.ReportText, all.Output, StringComparison.Ordinal);
        Assert.Equal(1, JsonDocument.Parse(delivered.Output).RootElement.GetArrayLength());
    }

    [Fact]
    public async Task OutboxFiltersByCouncilAndRecipientAndPrintsALineEach()
    {
        var (report, _) = await RecordAsync();

        var result = await GovernanceBotProcess.RunAsync("outbox", "--data", DataPath, "--council", "lbe", "--recipient", report.ReceiverAadObjectId);

        Assert.Equal(0, result.ExitCode);
        var line = Assert.Single(result.Output.Split('\n'), l => l.Contains(report.Reference, StringComparison.Ordinal));
        Assert.Contains("delivered", line, StringComparison.Ordinal);
        Assert.Contains($"report-received -> {report.ReceiverAadObjectId}", line, StringComparison.Ordinal);
        Assert.Contains("1 notification(s)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutboxNamesTheRecipientFromTheCouncilDirectoryBesideTheirId()
    {
        var (report, _) = await RecordAsync();
        var receiver = fixture.Directory.Council("lbe").ByAadObjectId(report.ReceiverAadObjectId)!.Name;

        var json = await GovernanceBotProcess.RunAsync("outbox", "--data", DataPath, "--json", "--council", "lbe", "--recipient", report.ReceiverAadObjectId);
        var text = await GovernanceBotProcess.RunAsync("outbox", "--data", DataPath, "--council", "lbe", "--recipient", report.ReceiverAadObjectId);

        Assert.Equal((0, 0), (json.ExitCode, text.ExitCode));
        var row = Assert.Single(JsonDocument.Parse(json.Output).RootElement.EnumerateArray());
        Assert.Equal((report.ReceiverAadObjectId, receiver), (row.GetProperty("recipientAadObjectId").GetString(), row.GetProperty("recipientName").GetString()));
        Assert.Equal(
            ["id", "councilId", "reference", "kind", "recipientAadObjectId", "recipientName", "title", "status", "attempts", "createdUtc", "deliveredUtc", "abandonedUtc", "lastError"],
            row.EnumerateObject().Select(p => p.Name));
        Assert.Contains($"report-received -> {report.ReceiverAadObjectId} ({receiver})", text.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditExportWritesTheCouncilsEntriesAsCsv()
    {
        var (report, attendance) = await RecordAsync();
        var csv = Path.Combine(DataPath, "audit.csv");

        var result = await GovernanceBotProcess.RunAsync("audit", "export", "--data", DataPath, "--out", csv, "--council", "lbe");

        Assert.Equal(0, result.ExitCode);
        var lines = File.ReadAllText(csv).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("at_utc,actor_aad_object_id,event,council,flow,reference,clause,detail", lines[0]);
        Assert.Contains(lines, l => l.Contains("report-submitted", StringComparison.Ordinal) && l.Contains(report.Reference, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("notification-delivered", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(attendance.Reference, StringComparison.Ordinal));
        Assert.DoesNotContain(Samples.ReportText, File.ReadAllText(csv), StringComparison.Ordinal);
        Assert.Contains($"wrote {lines.Length - 1} audit entries", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DataFolderWithoutADatabaseIsAUserError()
    {
        var missing = Path.Combine(DataPath, "not-here");

        var outbox = await GovernanceBotProcess.RunAsync("outbox", "--data", missing);
        var audit = await GovernanceBotProcess.RunAsync("audit", "export", "--data", missing, "--out", Path.Combine(DataPath, "x.csv"));

        Assert.Equal((2, 2), (outbox.ExitCode, audit.ExitCode));
        Assert.Contains("There is no database", outbox.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(missing, "governancebot.db")));
    }

    [Fact]
    public async Task UnknownStatusIsRefused()
    {
        await RecordAsync();

        var result = await GovernanceBotProcess.RunAsync("outbox", "--data", DataPath, "--status", "lost");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("lost", result.Error, StringComparison.Ordinal);
    }
}
