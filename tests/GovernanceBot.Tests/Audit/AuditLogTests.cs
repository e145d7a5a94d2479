using GovernanceBot.Audit;
using GovernanceBot.Requests;
using GovernanceBot.Requests.Contract;
using GovernanceBot.Requests.Workflow;
using GovernanceBot.Tests.Requests.Workflow;

using Microsoft.Data.Sqlite;

namespace GovernanceBot.Tests.Audit;

public sealed class AuditLogTests : IDisposable
{
    readonly WorkflowFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    [Theory]
    [InlineData("UPDATE audit_log SET event = 'nothing-happened'")]
    [InlineData("DELETE FROM audit_log")]
    public async Task AuditRowsCannotBeChangedOrRemoved(string sql)
    {
        await fixture.SubmitAsync("derby", "alex-morgan", Samples.Attendance());
        using var connection = fixture.Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;

        var refused = Assert.Throws<SqliteException>(() => command.ExecuteNonQuery());

        Assert.Contains("append-only", refused.Message);
        Assert.Equal(AuditEvents.RequestSubmitted, Assert.Single(await fixture.Audit.ReadAsync("derby", CancellationToken.None)).Event);
    }

    [Fact]
    public async Task ExportHasOneLinePerEntryForTheCouncilOnly()
    {
        var request = await fixture.SubmitAsync("derby", "alex-morgan", Samples.Attendance());
        await fixture.DecideAsync(request, "derby", "chief-executive", Decision.Approve);
        await fixture.SubmitAsync("lbe", "housing-officer", Samples.Report(fixture.Aad("lbe", "labour-member")));
        var path = Path.Combine(Path.GetDirectoryName(fixture.DatabasePath)!, "audit.csv");

        var written = await fixture.Audit.ExportCsvAsync("derby", path, CancellationToken.None);

        var lines = (await File.ReadAllTextAsync(path)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, written);
        Assert.Equal(AuditCsv.Header, lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Contains($",{AuditEvents.DecisionRecorded},derby,officer-attendance,{request.Reference},", lines[2]);
        Assert.Contains(fixture.Aad("derby", "chief-executive"), lines[2]);
        Assert.DoesNotContain("LBE-", string.Join("", lines));
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"no\"", "\"say \"\"no\"\"\"")]
    [InlineData("two\r\nlines", "\"two\r\nlines\"")]
    [InlineData(null, "")]
    public void CsvFieldsAreQuotedAsRfc4180Requires(string? value, string expected) =>
        Assert.Equal(expected, AuditCsv.Field(value));
}
