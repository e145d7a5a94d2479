using System.Collections.Concurrent;
using GovernanceBot.Audit;
using GovernanceBot.Notifications;
using GovernanceBot.Storage;
using GovernanceBot.Tests.Requests.Workflow;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GovernanceBot.Tests.Notifications;

public sealed class ParallelDeliveryTests : IDisposable
{
    internal static readonly string[] Recipients = ["aaaaaaaa-0000-4000-8000-000000000001", "bbbbbbbb-0000-4000-8000-000000000002", "cccccccc-0000-4000-8000-000000000003"];

    readonly string folder = Directory.CreateTempSubdirectory("governancebot-parallel-delivery-").FullName;
    readonly ManualTime time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    readonly NotificationOptions options = new() { DeliveryParallelism = 8, FirstRetrySeconds = 10, MaxAttempts = 3 };

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task EachRecipientGetsTheirNotificationsInTheOrderTheyWereQueued()
    {
        var database = Database();
        Enqueue(database, perRecipient: 40);
        var channel = new RecordingChannel();

        var delivered = await Dispatcher(database, channel).DispatchPendingAsync(CancellationToken.None);

        Assert.Equal(120, delivered);
        Assert.All(Recipients, recipient => Assert.Equal(Enumerable.Range(0, 40), channel.SequenceOf(recipient)));
        Assert.True(channel.MostAtOnce > 1, "deliveries to different recipients should overlap");
    }

    [Fact]
    public async Task ALaterNotificationWaitsWhileAnEarlierOneToTheSameRecipientBacksOff()
    {
        var database = Database();
        Enqueue(database, perRecipient: 3);
        var channel = new RecordingChannel(failOnce: Key(Recipients[0], 0));

        await Dispatcher(database, channel).DispatchPendingAsync(CancellationToken.None);
        var beforeRetry = channel.SequenceOf(Recipients[0]);
        time.Advance(TimeSpan.FromSeconds(options.FirstRetrySeconds));
        await Dispatcher(database, channel).DispatchPendingAsync(CancellationToken.None);

        Assert.Empty(beforeRetry);
        Assert.Equal(new[] { 0, 1, 2 }, channel.SequenceOf(Recipients[0]));
        Assert.Equal(new[] { 0, 1, 2 }, channel.SequenceOf(Recipients[1]));
        Assert.Equal(new[] { 2, 1, 1 }, await AttemptsAsync(database, Recipients[0]));
    }

    [Fact]
    public async Task TwoDispatchersOnOneDatabaseDeliverEachNotificationOnceAndInOrder()
    {
        var database = Database();
        Enqueue(database, perRecipient: 60);
        var channel = new RecordingChannel();

        // Two instances: each its own connections to the same file, as two processes would have.
        var counts = await Task.WhenAll(
            Task.Run(() => Dispatcher(Database(), channel).DispatchPendingAsync(CancellationToken.None)),
            Task.Run(() => Dispatcher(Database(), channel).DispatchPendingAsync(CancellationToken.None)));

        Assert.Equal(180, counts.Sum());
        Assert.Equal(180, channel.Keys.Count);
        Assert.Equal(180, channel.Keys.Distinct().Count());
        Assert.All(Recipients, recipient => Assert.Equal(Enumerable.Range(0, 60), channel.SequenceOf(recipient)));
    }

    SqliteDatabase Database() => new(Path.Combine(folder, "governancebot.db"), [new NotificationsSchema(), new AuditSchema()]);

    NotificationDispatcher Dispatcher(SqliteDatabase database, INotificationChannel channel) =>
        new(new SqliteOutboxRecords(database), channel, Options.Create(options), time, NullLogger<NotificationDispatcher>.Instance);

    // Round-robin, so every recipient's rows are interleaved with the others' in the table.
    void Enqueue(SqliteDatabase database, int perRecipient)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        for (var sequence = 0; sequence < perRecipient; sequence++)
        {
            foreach (var recipient in Recipients)
            {
                var message = new NotificationMessage("decision-needed", $"request-{sequence}", $"DER-2026-{sequence:D4}", "derby", "officer-attendance", 1,
                    $"{sequence}", "A request waits for your decision.", "Derby Working Together Protocol, para 28", Confidential: false, Actionable: false);
                Outbox.Enqueue(connection, transaction, new OutboxMessage(Key(recipient, sequence), recipient, message), time.GetUtcNow());
            }
        }

        transaction.Commit();
    }

    internal static string Key(string recipient, int sequence) => $"{recipient}:{sequence}";

    static async Task<int[]> AttemptsAsync(SqliteDatabase database, string recipient)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT attempts FROM outbox WHERE recipient_aad = $recipient ORDER BY id";
        command.Parameters.AddWithValue("$recipient", recipient);
        var attempts = new List<int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            attempts.Add(reader.GetInt32(0));
        }

        return [.. attempts];
    }
}
