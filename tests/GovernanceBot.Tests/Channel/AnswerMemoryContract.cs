using GovernanceBot.BotFramework;
using GovernanceBot.Channel;
using GovernanceBot.Tests.Requests.Workflow;
using GovernanceBot.Tests.Storage;

namespace GovernanceBot.Tests.Channel;

/// <summary>What answer memory does on every backend (SQLite and Azure Tables on Azurite).</summary>
public abstract class AnswerMemoryContract(StoreBackend backend) : StoreContract(backend)
{
    static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    readonly ManualTime time = new(Monday);

    AnswerMemory memory => field ??= new AnswerMemory(Stores.Answers, time);

    static Activity In(string conversation) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "msteams",
        Conversation = new ConversationAccount { Id = conversation },
    };

    static readonly AnswerRecord Answer = new("a1", "derby", "Who decides on officers at group meetings?", "derby-working-together-protocol#2710");

    [Fact]
    public async Task AnAnswerIsFoundInTheConversationItWasSentTo()
    {
        await memory.RememberAsync(In("chat-1"), Answer, CancellationToken.None);

        Assert.Equal(Answer, await memory.FindAsync(In("chat-1"), "a1", CancellationToken.None));
    }

    [Fact]
    public async Task AFeedbackClickFromAnotherConversationFindsNothing()
    {
        await memory.RememberAsync(In("chat-1"), Answer, CancellationToken.None);

        Assert.Null(await memory.FindAsync(In("chat-2"), "a1", CancellationToken.None));
    }

    [Fact]
    public async Task AnswersAreForgottenAfterThirtyDays()
    {
        await memory.RememberAsync(In("chat-1"), Answer, CancellationToken.None);

        time.Advance(TimeSpan.FromDays(31));

        Assert.Null(await memory.FindAsync(In("chat-1"), "a1", CancellationToken.None));
    }

    [Fact]
    public async Task AnAnswerRememberedByOneInstanceIsFoundByAnother()
    {
        await memory.RememberAsync(In("19:chat/with#odd?characters"), Answer, CancellationToken.None);

        var other = new AnswerMemory((await Backend.OpenAsync()).Answers, time);

        Assert.Equal(Answer, await other.FindAsync(In("19:chat/with#odd?characters"), "a1", CancellationToken.None));
    }
}

public sealed class SqliteAnswerMemoryTests() : AnswerMemoryContract(new SqliteBackend());

public sealed class AzureTableAnswerMemoryTests() : AnswerMemoryContract(new AzuriteBackend());
