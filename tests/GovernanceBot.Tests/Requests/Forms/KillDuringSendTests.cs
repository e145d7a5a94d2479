using Stopwatch = System.Diagnostics.Stopwatch;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovernanceBot.BotFramework;
using GovernanceBot.Requests.Contract;
using GovernanceBot.Tests.Support;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;
using static GovernanceBot.Tests.Requests.Conversation.Derby;

namespace GovernanceBot.Tests.Requests.Forms;

/// <summary>
/// Nothing lost, nothing doubled: the real app, as a process of its own, is killed (SIGKILL) at delays spread across
/// the Send turn, then started again on the same data folder. Whatever the moment, the request is stored once, or
/// the form is still there to send; and a user who was told "Sent" has their request, once.
/// </summary>
public sealed class KillDuringSendTests(ITestOutputHelper output) : IAsyncLifetime
{
    const int Lanes = 2;
    const int KillsPerLane = 16;

    readonly string root = Directory.CreateTempSubdirectory("governancebot-kill-").FullName;
    readonly HttpClient http = new();
    LoopbackConnector connector = null!;

    public async Task InitializeAsync() => connector = await LoopbackConnector.StartAsync();

    public async Task DisposeAsync()
    {
        http.Dispose();
        await connector.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public async Task ARequestKilledMidSendIsStoredOnceOrItsFormIsStillThereAndNeverTwice()
    {
        // Two apps on two data folders at once, so the restarts after 32 kills take half as long.
        var lanes = await Task.WhenAll(Enumerable.Range(0, Lanes).Select(lane => Task.Run(() => LaneAsync(lane))));
        var outcomes = lanes.SelectMany(l => l.Outcomes).ToList();

        output.WriteLine($"Send turn took {lanes.Average(l => l.Window.TotalMilliseconds):0.0} ms unkilled (warm); {outcomes.Count} kills spread from 0 to 1.5 times that:");
        foreach (var group in outcomes.GroupBy(o => o).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {group.Count()} × {group.Key}");
        }

        Assert.Equal(Lanes * KillsPerLane, outcomes.Count);
    }

    async Task<(TimeSpan Window, List<string> Outcomes)> LaneAsync(int lane)
    {
        var dataPath = Path.Combine(root, $"lane-{lane}");
        var bot = await BotProcess.StartAsync(dataPath, http);
        var window = await SendTurnTimeAsync(bot, dataPath, lane);
        var outcomes = new List<string>();
        Attempt? killed = null;
        for (var i = 0; i <= KillsPerLane; i++)
        {
            if (killed is { } previous)
            {
                bot = await BotProcess.StartAsync(dataPath, http);
                outcomes.Add(await CheckAsync(bot, previous));
            }

            if (i == KillsPerLane)
            {
                await bot.DisposeAsync();
                break;
            }

            // Each lane's delays interleave with the other's, so together they cover the window twice as finely.
            var step = (2 * i + lane) / (double)(2 * KillsPerLane - 1);
            var attempt = await FillInAsync(bot, dataPath, $"kill-{lane}-{i}", window * 1.5 * step);
            var send = PostAsync(bot, Send(attempt));
            var started = Stopwatch.StartNew();
            while (started.Elapsed < attempt.Delay)
            {
                Thread.SpinWait(50);
            }

            bot.Kill();
            await Task.WhenAny(send, Task.Delay(TimeSpan.FromSeconds(5)));
            killed = attempt with { ToldSent = SentReplies(attempt.Conversation).Any() };
        }

        return (window, outcomes);
    }

    /// <summary>What became of a killed Send, checked on the restarted app; throws if a request was lost or doubled.</summary>
    async Task<string> CheckAsync(BotProcess bot, Attempt attempt)
    {
        var stored = Count(attempt.DataPath, attempt.Subject);
        Assert.True(stored <= 1, $"{attempt.Conversation}: the request was stored {stored} times.");
        if (attempt.ToldSent)
        {
            Assert.True(stored == 1, $"{attempt.Conversation}: the user was told it was sent, but it was not stored.");
        }

        // Send again, as the user would on seeing no reply: the form is still there, or the request is already sent.
        var before = connector.Activities.Count;
        await PostAsync(bot, Send(attempt));
        var reply = connector.Activities.Skip(before).Where(r => r.ConversationId == attempt.Conversation).Select(r => r.Activity!.Text ?? "").LastOrDefault() ?? "";
        Assert.True(stored == 1 ? reply.StartsWith("That was already sent", StringComparison.Ordinal) || reply.StartsWith("Sent:", StringComparison.Ordinal)
            : reply.StartsWith("Sent:", StringComparison.Ordinal), $"{attempt.Conversation}: stored {stored}, and Send again said \"{reply}\".");
        Assert.Equal(1, Count(attempt.DataPath, attempt.Subject));
        return $"{(attempt.ToldSent ? "told sent" : "no reply")}, {(stored == 1 ? "stored once" : "not stored, form kept")}";
    }

    /// <summary>Starts a form in a conversation of its own and fills it in, up to the confirm card.</summary>
    async Task<Attempt> FillInAsync(BotProcess bot, string dataPath, string conversation, TimeSpan delay)
    {
        await PostAsync(bot, Message(conversation, "request officer attendance"));
        var form = connector.Activities.Last(r => r.ConversationId == conversation).Activity!;
        var next = CardJsonData(form);
        var subject = $"subject {conversation} {Guid.NewGuid():N}";
        next["meetingDate"] = WorkingDayIn(20);
        next["officerOrService"] = "Head of Planning";
        next["subject"] = subject;
        next["meetingKind"] = "full-group";
        await PostAsync(bot, Submit(conversation, next));
        return new Attempt(dataPath, conversation, (string)next["formId"]!, subject, delay, ToldSent: false);
    }

    /// <summary>How long a Send turn takes once the app has sent one (as it has when a killed Send is retried).</summary>
    async Task<TimeSpan> SendTurnTimeAsync(BotProcess bot, string dataPath, int lane)
    {
        var warmUp = await FillInAsync(bot, dataPath, $"kill-{lane}-warm-up", TimeSpan.Zero);
        await PostAsync(bot, Send(warmUp));
        var attempt = await FillInAsync(bot, dataPath, $"kill-{lane}-calibration", TimeSpan.Zero);
        var timer = Stopwatch.StartNew();
        await PostAsync(bot, Send(attempt));
        var window = timer.Elapsed;
        Assert.Single(SentReplies(attempt.Conversation));
        return window;
    }

    IEnumerable<string> SentReplies(string conversation) => connector.Activities
        .Where(r => r.ConversationId == conversation && r.Activity!.Text?.StartsWith("Sent:", StringComparison.Ordinal) == true)
        .Select(r => r.Activity!.Text!);

    static int Count(string dataPath, string subject)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(dataPath, "governancebot.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM requests WHERE instr(details_json, $subject) > 0";
        command.Parameters.AddWithValue("$subject", subject);
        return Convert.ToInt32(command.ExecuteScalar());
    }

    static JsonObject CardJsonData(Activity form)
    {
        var card = JsonNode.Parse(((JsonElement)form.Attachments![0].Content!).GetRawText())!;
        return card["actions"]![0]!["data"]!.DeepClone().AsObject();
    }

    Activity Send(Attempt attempt) => Submit(attempt.Conversation, CardActions.ConfirmData(attempt.FormId, send: true));

    Activity Submit(string conversation, JsonObject value)
    {
        var submit = Message(conversation, null);
        submit.Value = JsonSerializer.SerializeToElement(value);
        return submit;
    }

    Activity Message(string conversation, string? text) => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ServiceUrl = connector.ServiceUrl,
        ChannelId = "msteams",
        From = new ChannelAccount { Id = $"29:{LabourCouncillor}", Name = "Alex Morgan", AadObjectId = LabourCouncillor },
        Recipient = new ChannelAccount { Id = "28:governancebot", Name = "GovernanceBot" },
        Conversation = new ConversationAccount { Id = conversation, ConversationType = "personal", TenantId = "tenant-1" },
        Text = text,
    };

    async Task PostAsync(BotProcess bot, Activity activity)
    {
        try
        {
            using var response = await http.PostAsync(bot.Endpoint,
                new StringContent(JsonSerializer.Serialize(activity, BotJson.Options), Encoding.UTF8, "application/json"));
        }
        catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
        {
            // The process was killed while the turn ran.
        }
    }

    sealed record Attempt(string DataPath, string Conversation, string FormId, string Subject, TimeSpan Delay, bool ToldSent);
}
