using System.Net;
using System.Text.Json;
using GovernanceBot.Notifications;
using GovernanceBot.Requests.Workflow;
using GovernanceBot.Storage;
using GovernanceBot.Tests.Channel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using static GovernanceBot.Tests.Requests.Conversation.Derby;

namespace GovernanceBot.Tests.Requests.Conversation;

/// <summary>
/// One failed turn costs nobody else anything: other users' half-filled forms and pending declines in the same group
/// chat survive it; a state conflict is retried rather than reset; only unreadable state is reset, and only its owner's.
/// </summary>
public sealed class FailedTurnTests : IAsyncLifetime
{
    readonly ConflictOnce conflicts = new();
    readonly BotApp app;

    // Notifications go to the local inbox only, so a scripted connector failure meets the turn under test and nothing else.
    public FailedTurnTests() => app = new BotApp(services =>
    {
        services.Replace(ServiceDescriptor.Singleton<IStateStore>(sp => conflicts.Around(ActivatorUtilities.CreateInstance<SqliteStateStore>(sp))));
        services.Replace(ServiceDescriptor.Singleton<INotificationChannel>(sp => sp.GetRequiredService<LocalOutboxChannel>()));
    });

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task AnotherUsersFailedTurnLeavesMyHalfFilledFormAndAPendingDeclineInTheGroup()
    {
        const string group = "group-failed-turn";
        var request = await AttendanceRequestAsync(app);
        await app.TurnAsync(app.MessageFrom(LabourLeader, group, "request officer attendance", "groupChat"));
        await app.TurnAsync(app.MessageFrom(LabourLeader, group, WorkingDayIn(20), "groupChat"));
        var press = app.MessageFrom(ChiefExecutive, group, null, "groupChat");
        press.Value = JsonSerializer.SerializeToElement(Decide(request, "Decline"));
        await app.TurnAsync(press);

        // A connector error on someone else's reply fails their turn.
        app.Connector.RespondNext(HttpStatusCode.InternalServerError);
        var failed = await app.TurnAsync(app.MessageFrom(LibDemLeader, group, "help", "groupChat"));
        Assert.StartsWith("Something went wrong on my side", failed[^1].Text, StringComparison.Ordinal);

        var next = Assert.Single(await app.TurnAsync(app.MessageFrom(LabourLeader, group, "Head of Planning", "groupChat")));
        Assert.Contains("What subject should they advise on?", next.Text, StringComparison.Ordinal);
        var confirm = Assert.Single(await app.TurnAsync(app.MessageFrom(ChiefExecutive, group, "The subject is too political.", "groupChat")));
        Assert.StartsWith($"Decline {request.Reference} with reason", confirm.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStateConflictIsRetriedAndTheAnswerIsKept()
    {
        const string chat = "conflict-retried";
        await app.SayAsync(LabourLeader, chat, "request officer attendance");
        conflicts.Arm();

        var replies = await app.SayAsync(LabourLeader, chat, WorkingDayIn(20));

        Assert.True(conflicts.Thrown);
        var next = Assert.Single(replies);
        Assert.Contains("Which officer, or which service", next.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Something went wrong", next.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreadableStateResetsOnlyItsOwnersDialogs()
    {
        const string group = "group-unreadable";
        await app.TurnAsync(app.MessageFrom(LabourLeader, group, "request officer attendance", "groupChat"));
        await app.TurnAsync(app.MessageFrom(LabourCouncillor, group, "request officer attendance", "groupChat"));
        var state = app.Services.GetRequiredService<ConversationState>();
        var bag = await state.LoadAsync("msteams", $"{group}/dialogs/{LabourCouncillor}", CancellationToken.None);
        bag.Set("dialog", "not a dialog");
        await state.SaveAsync(bag, CancellationToken.None);

        var broken = (await app.TurnAsync(app.MessageFrom(LabourCouncillor, group, WorkingDayIn(20), "groupChat"))).Last();
        var after = Assert.Single(await app.TurnAsync(app.MessageFrom(LabourCouncillor, group, "cancel", "groupChat")));
        var other = Assert.Single(await app.TurnAsync(app.MessageFrom(LabourLeader, group, WorkingDayIn(20), "groupChat")));

        Assert.StartsWith("Something went wrong on my side", broken.Text, StringComparison.Ordinal);
        Assert.Equal("There's nothing to cancel: you have no request in progress here.", after.Text);
        Assert.Contains("Which officer, or which service", other.Text, StringComparison.Ordinal);
    }

    /// <summary>Makes the next write of a user's dialog lose a race once, as a second turn of theirs would.</summary>
    sealed class ConflictOnce
    {
        int armed;

        public bool Thrown { get; private set; }

        public void Arm() => Interlocked.Exchange(ref armed, 1);

        public IStateStore Around(IStateStore inner) => new Store(inner, this);

        sealed class Store(IStateStore inner, ConflictOnce owner) : IStateStore
        {
            public Task<IReadOnlyDictionary<string, StateItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
                inner.ReadAsync(keys, cancellationToken);

            public Task<StateItem> WriteAsync(StateItem item, CancellationToken cancellationToken)
            {
                if (item.Key.Contains("/dialogs/", StringComparison.Ordinal) && Interlocked.Exchange(ref owner.armed, 0) == 1)
                {
                    owner.Thrown = true;
                    throw new StateConflictException(item.Key);
                }

                return inner.WriteAsync(item, cancellationToken);
            }

            public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) => inner.DeleteAsync(keys, cancellationToken);
        }
    }
}
