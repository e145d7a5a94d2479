using GovernanceBot.BotFramework;
using GovernanceBot.Channel;
using GovernanceBot.Storage;
using GovernanceBot.Tests.Requests.Workflow;
using GovernanceBot.Tests.Storage;

namespace GovernanceBot.Tests.Channel;

public sealed class AnswerMemoryTests : IDisposable
{
    static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    readonly TempDataFolder folder = new();
    readonly ManualTime time = new(Monday);
    readonly AnswerMemory memory;

    public AnswerMemoryTests() =>
        memory = new AnswerMemory(new SqliteDatabase(folder.DatabasePath, [new AnswerMemorySchema()]), time);

    public void Dispose() => folder.Dispose();

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
}
