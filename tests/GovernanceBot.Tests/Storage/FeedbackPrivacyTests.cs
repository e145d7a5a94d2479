using GovernanceBot.Storage;

namespace GovernanceBot.Tests.Storage;

public sealed class FeedbackPrivacyTests : IDisposable
{
    const string Voter = "6f1c2a0e-1111-4a4a-9e9e-000000000001";

    readonly TempDataFolder folder = new();

    public void Dispose() => folder.Dispose();

    static CancellationToken None => CancellationToken.None;

    [Fact]
    public async Task TheVotersIdIsNeverStored()
    {
        var database = folder.OpenDatabase();
        await new FeedbackStore(new SqliteFeedbackRecords(database)).RecordAsync(
            new Feedback("answer-1", "derby", "Can an officer attend?", null, true, DateTimeOffset.UnixEpoch), Voter, None);

        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM feedback";
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        for (var column = 0; column < reader.FieldCount; column++)
        {
            var value = reader.IsDBNull(column) ? "" : reader.GetValue(column).ToString()!;
            Assert.DoesNotContain(Voter, value, StringComparison.OrdinalIgnoreCase);
        }
    }
}
