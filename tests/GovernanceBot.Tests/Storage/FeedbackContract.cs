using GovernanceBot.Storage;

namespace GovernanceBot.Tests.Storage;

/// <summary>What feedback storage does on every backend, through the store the bot uses.</summary>
public abstract class FeedbackContract(StoreBackend backend) : StoreContract(backend)
{
    const string Voter = "6f1c2a0e-1111-4a4a-9e9e-000000000001";

    static readonly DateTimeOffset Monday = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    FeedbackStore store => field ??= new FeedbackStore(Stores.Feedback);

    static Feedback Vote(string answerId, bool helpful, DateTimeOffset when) =>
        new(answerId, "derby", "Can an officer attend our group meeting?", "derby-working-together-protocol#4120", helpful, when);

    [Fact]
    public async Task FeedbackIsListedForItsCouncilNewestFirst()
    {
        await store.RecordAsync(Vote("answer-1", helpful: true, Monday), Voter, None);
        await store.RecordAsync(Vote("answer-2", helpful: false, Monday.AddHours(1)), Voter, None);
        await store.RecordAsync(Vote("answer-3", helpful: true, Monday) with { Council = "lbe" }, Voter, None);

        var listed = await store.ListAsync("derby", None);

        Assert.Equal([Vote("answer-2", false, Monday.AddHours(1)), Vote("answer-1", true, Monday)], listed);
    }

    [Fact]
    public async Task ASecondClickOnTheSameAnswerChangesTheVoteInsteadOfAddingOne()
    {
        await store.RecordAsync(Vote("answer-1", helpful: true, Monday), Voter, None);

        await store.RecordAsync(Vote("answer-1", helpful: false, Monday.AddMinutes(1)), Voter.ToUpperInvariant(), None);

        var only = Assert.Single(await store.ListAsync("derby", None));
        Assert.False(only.Helpful);
    }

    [Fact]
    public async Task TwoPeopleVotingOnOneAnswerCountTwice()
    {
        await store.RecordAsync(Vote("answer-1", helpful: true, Monday), Voter, None);
        await store.RecordAsync(Vote("answer-1", helpful: false, Monday), "another-voter", None);

        Assert.Equal(2, (await store.ListAsync("derby", None)).Count);
    }

    [Fact]
    public async Task FeedbackSurvivesARestart()
    {
        await store.RecordAsync(Vote("answer-1", helpful: true, Monday), Voter, None);

        var restarted = new FeedbackStore((await Backend.OpenAsync()).Feedback);

        Assert.Equal([Vote("answer-1", true, Monday)], await restarted.ListAsync("derby", None));
    }
}

public sealed class SqliteFeedbackTests() : FeedbackContract(new SqliteBackend());

public sealed class AzureTableFeedbackTests() : FeedbackContract(new AzuriteBackend());
