using GovernanceBot.Storage;

namespace GovernanceBot.Tests.Storage;

public sealed class BotStateTests : IDisposable
{
    readonly TempDataFolder folder = new();
    readonly SqliteStateStore store;
    readonly ConversationState conversations;
    readonly UserState users;

    public BotStateTests()
    {
        store = new SqliteStateStore(folder.OpenDatabase(), TimeProvider.System);
        conversations = new ConversationState(store);
        users = new UserState(store);
    }

    public void Dispose() => folder.Dispose();

    static CancellationToken None => CancellationToken.None;

    sealed record DialogStep(string Flow, int Step);

    async Task SaveAsync(BotState state, string id, string flow)
    {
        var bag = await state.LoadAsync("msteams", id, None);
        bag.Set("dialog", new DialogStep(flow, 1));
        await state.SaveAsync(bag, None);
    }

    [Fact]
    public void KeysNameTheChannelTheScopeAndTheId()
    {
        Assert.Equal("msteams/conversations/a:1", conversations.KeyFor("msteams", "a:1"));
        Assert.Equal("msteams/users/29:1", users.KeyFor("msteams", "29:1"));
    }

    [Fact]
    public async Task SavedPropertiesLoadBack()
    {
        await SaveAsync(conversations, "a:1", "officer-attendance");

        var bag = await conversations.LoadAsync("msteams", "a:1", None);

        Assert.Equal(new DialogStep("officer-attendance", 1), bag.Get<DialogStep>("dialog"));
        Assert.NotNull(bag.ETag);
        Assert.Null(bag.Get<DialogStep>("absent"));
    }

    [Fact]
    public async Task ResettingOneConversationLeavesOtherConversationsAndUsers()
    {
        await SaveAsync(conversations, "a:broken", "briefing");
        await SaveAsync(conversations, "a:other", "briefing");
        await SaveAsync(users, "a:broken", "briefing");

        await conversations.ResetAsync("msteams", "a:broken", None);

        Assert.Null((await conversations.LoadAsync("msteams", "a:broken", None)).Get<DialogStep>("dialog"));
        Assert.NotNull((await conversations.LoadAsync("msteams", "a:other", None)).Get<DialogStep>("dialog"));
        Assert.NotNull((await users.LoadAsync("msteams", "a:broken", None)).Get<DialogStep>("dialog"));
    }

    [Fact]
    public async Task SavingABagLoadedBeforeAnotherTurnSavedThrowsAConflict()
    {
        await SaveAsync(conversations, "a:1", "briefing");
        var first = await conversations.LoadAsync("msteams", "a:1", None);
        var second = await conversations.LoadAsync("msteams", "a:1", None);
        second.Set("dialog", new DialogStep("briefing", 2));
        await conversations.SaveAsync(second, None);

        first.Set("dialog", new DialogStep("briefing", 9));

        await Assert.ThrowsAsync<StateConflictException>(() => conversations.SaveAsync(first, None));
        Assert.Equal(2, (await conversations.LoadAsync("msteams", "a:1", None)).Get<DialogStep>("dialog")!.Step);
    }

    [Fact]
    public async Task ABagCanBeSavedAgainAfterASave()
    {
        var bag = await conversations.LoadAsync("msteams", "a:1", None);
        bag.Set("dialog", new DialogStep("briefing", 1));
        await conversations.SaveAsync(bag, None);

        bag.Set("dialog", new DialogStep("briefing", 2));
        await conversations.SaveAsync(bag, None);

        Assert.Equal(2, (await conversations.LoadAsync("msteams", "a:1", None)).Get<DialogStep>("dialog")!.Step);
    }

    [Fact]
    public async Task RemovingAPropertyPersists()
    {
        await SaveAsync(conversations, "a:1", "briefing");
        var bag = await conversations.LoadAsync("msteams", "a:1", None);

        bag.Remove("dialog");
        await conversations.SaveAsync(bag, None);

        Assert.Null((await conversations.LoadAsync("msteams", "a:1", None)).Get<DialogStep>("dialog"));
    }
}
