using System.Text.Json;
using System.Text.Json.Nodes;
using GovernanceBot.BotFramework;
using GovernanceBot.Requests.Contract;
using GovernanceBot.Requests.Workflow;
using GovernanceBot.Routing;
using GovernanceBot.Tests.Channel;
using Microsoft.Extensions.DependencyInjection;
using static GovernanceBot.Tests.Requests.Conversation.Derby;

namespace GovernanceBot.Tests.Requests.Workflow;

/// <summary>
/// domain.md's "Confidentiality, case by case" as a matrix: every flow × every kind of conversation × every person
/// (requester, receiver, the person named, the other group leaders, a member of the same group, another council's
/// user), each asking "my requests", "waiting for me", typing the reference and pressing Open and a decision. Nobody
/// outside the request learns it exists; a confidential one is shown to its parties only in their personal chat.
/// </summary>
public sealed class ConfidentialityMatrixTests(ConfidentialityMatrixTests.Requests requests) : IClassFixture<ConfidentialityMatrixTests.Requests>
{
    const string KitTanner = DemocraticServices;
    const string LeeHarrow = "22222222-2222-4222-8222-000000000002";
    const string DeeFairweather = "22222222-2222-4222-8222-000000000001";
    const string MoDunmore = "22222222-2222-4222-8222-000000000008";
    const string LouBrambley = "22222222-2222-4222-8222-000000000009";
    const string LbeChiefExecutive = "44444444-4444-4444-8444-000000000001";

    public static TheoryData<string, string, string> Cells()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var flow in Enum.GetValues<RoutingFlow>())
        {
            foreach (var kind in new[] { "personal", "groupChat", "channel" })
            {
                foreach (var person in new[] { "requester", "receiver", "named", "other-group-leader", "same-group-member", "other-council" })
                {
                    data.Add(RoutingFileNames.Of(flow), kind, person);
                }
            }
        }

        return data;
    }

    [Fact]
    public void TheMatrixCoversEveryFlowConversationAndPerson() => Assert.Equal(4 * 3 * 6, Cells().Count);

    [Fact]
    public void NoRequestIsRoutedToThePersonItNamesOrToItsRequesterAndTheRequesterIsNotNotifiedOfTheirOwn()
    {
        foreach (var (flow, request) in requests.All)
        {
            var parties = Parties(flow);
            Assert.Equal(parties.Receiver, request.ReceiverAadObjectId);
            Assert.NotEqual(parties.Named, request.ReceiverAadObjectId);
            Assert.DoesNotContain(parties.Named, request.DeputyAadObjectIds);
            var recipients = requests.Outbox(request.Reference).Select(m => m.RecipientAadObjectId).ToList();
            Assert.DoesNotContain(parties.Named, recipients);
            Assert.DoesNotContain(parties.Requester, recipients);
        }
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task OnlyThePartiesSeeARequestAndAConfidentialOneOnlyInTheirPersonalChat(string flow, string kind, string person)
    {
        var request = requests.All[flow];
        var parties = Parties(flow);
        var who = parties.Person(person);
        var party = person is "requester" or "receiver";
        var confidential = flow != "officer-attendance";
        var conversation = $"{flow}-{kind}-{person}";

        foreach (var asking in new[] { "my requests", "waiting for me", request.Reference })
        {
            var (here, elsewhere) = await requests.TurnAsync(requests.Message(who, conversation, kind, asking));
            var shows = asking == "my requests" ? person == "requester" : asking == "waiting for me" ? person == "receiver" : party;
            AssertShown(request.Reference, here, elsewhere, shows, confidential && kind != "personal", $"{asking} by the {person} in a {kind}");
            if (!party && asking == request.Reference)
            {
                Assert.Equal(GovernanceBot.Requests.Workflow.Confidentiality.NotFound, Assert.Single(here).Text);
            }
        }

        var (openedHere, openedElsewhere, opened) = await requests.InvokeAsync(who, conversation, kind, CardActions.OpenRequest, CardActions.OpenData(request.PublicId));
        var decision = request.Flow is RoutingFlow.OfficerAttendance or RoutingFlow.Briefing ? Decision.Approve : Decision.Close;
        var (_, _, decided) = await requests.InvokeAsync(who, conversation, kind, CardActions.Decide, CardActions.DecideData(request.PublicId, 99, decision));
        if (!party)
        {
            Assert.Equal(GovernanceBot.Requests.Workflow.Confidentiality.NotFound, opened);
            Assert.Equal(GovernanceBot.Requests.Workflow.Confidentiality.NotFound, decided);
            Assert.DoesNotContain(openedHere.Concat(openedElsewhere), a => Shown(a).Contains(request.Reference, StringComparison.Ordinal));
        }
        else if (confidential && kind != "personal")
        {
            Assert.Contains("sent it to you privately", opened, StringComparison.Ordinal);
            Assert.DoesNotContain(request.Reference, opened, StringComparison.Ordinal);
            Assert.DoesNotContain(request.Reference, decided, StringComparison.Ordinal);
            Assert.Contains(openedElsewhere, a => Shown(a).Contains(request.Reference, StringComparison.Ordinal));
        }
        else
        {
            Assert.Contains(request.Reference, opened, StringComparison.Ordinal);
        }
    }

    static void AssertShown(string reference, IReadOnlyList<Activity> here, IReadOnlyList<Activity> elsewhere, bool shows, bool onlyPrivately, string what)
    {
        var inHere = here.Any(a => Shown(a).Contains(reference, StringComparison.Ordinal));
        var inPrivate = elsewhere.Any(a => Shown(a).Contains(reference, StringComparison.Ordinal));
        if (!shows)
        {
            Assert.False(inHere || inPrivate, $"{what}: the request was shown to someone who should not see it.");
            return;
        }

        if (onlyPrivately)
        {
            Assert.False(inHere, $"{what}: a confidential request was shown in the group.");
            Assert.True(inPrivate, $"{what}: it was not sent privately.");
            Assert.Contains(here, a => a.Text?.Contains("sent it to you privately", StringComparison.Ordinal) == true);
        }
        else
        {
            // A list holding something confidential beside it goes to the personal chat whole.
            Assert.True(inHere || inPrivate, $"{what}: the request was not shown.");
        }
    }

    /// <summary>Everything an activity shows: its text, its summary and every string in its card.</summary>
    static string Shown(Activity activity) => $"{activity.Text}\n{activity.Summary}\n{string.Join("\n", activity.Attachments?.Select(a => JsonSerializer.Serialize(a.Content)) ?? [])}";

    /// <summary>Who is who for each flow's request at Derby.</summary>
    static Cast Parties(string flow) => flow switch
    {
        // Alex (Labour) asks for the Head of Planning, Robin Shah; the Chief Executive decides.
        "officer-attendance" => new(LabourCouncillor, ChiefExecutive, HeadOfPlanning, ConservativeLeader, MoDunmore),
        // Alex asks for a briefing on planning; its chief officer, Dee Fairweather, decides; Robin Shah works in it.
        "briefing" => new(LabourCouncillor, DeeFairweather, HeadOfPlanning, ConservativeLeader, MoDunmore),
        // Robin Shah reports Jo Clarke (Conservative); it goes to the default contact, Kit Tanner.
        "contact-report" => new(HeadOfPlanning, KitTanner, ConservativeLeader, LabourLeader, LouBrambley),
        // Jo Clarke's concern is about Kit Tanner, the default contact: it goes up the chain to the Monitoring Officer.
        _ => new(ConservativeLeader, LeeHarrow, KitTanner, LabourLeader, LouBrambley),
    };

    sealed record Cast(string Requester, string Receiver, string Named, string OtherGroupLeader, string SameGroupMember)
    {
        public string Person(string role) => role switch
        {
            "requester" => Requester,
            "receiver" => Receiver,
            "named" => Named,
            "other-group-leader" => OtherGroupLeader,
            "same-group-member" => SameGroupMember,
            _ => LbeChiefExecutive,
        };
    }

    /// <summary>The app, with one request of each flow submitted at Derby.</summary>
    public sealed class Requests : IAsyncLifetime
    {
        readonly BotApp app = new();

        public Dictionary<string, RoutedRequest> All { get; } = [];

        public async Task InitializeAsync()
        {
            await app.InitializeAsync();
            var workflow = app.Services.GetRequiredService<RequestWorkflow>();
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            foreach (var (flow, details) in new (string, RequestDetails)[]
            {
                ("officer-attendance", new OfficerAttendanceRequest(today.AddDays(20), "Robin Shah", "the draft local plan", MeetingKind.FullGroup)),
                ("briefing", new BriefingRequest("planning", "the draft local plan", BriefingKind.SpokespersonBriefing)),
                ("contact-report", new ContactReport(ConservativeLeader, today.AddDays(-2), "Rang me at home to press for a change of recommendation.")),
                ("staffing-concern", new StaffingConcern(KitTanner, "Was dismissive at the group's briefing.")),
            })
            {
                var result = await workflow.SubmitAsync(new Submission("derby", details), Parties(flow).Requester, CancellationToken.None);
                Assert.Equal(SubmitOutcome.Submitted, result.Outcome);
                All[flow] = result.Request!;
            }
        }

        public Activity Message(string aad, string conversation, string kind, string? text) => app.MessageFrom(aad, conversation, text, kind);

        public IReadOnlyList<GovernanceBot.Notifications.OutboxMessage> Outbox(string reference) =>
            OutboxAsync(app, reference).GetAwaiter().GetResult();

        /// <summary>What the bot posted in the turn's own conversation, and anywhere else (the user's personal chat).</summary>
        public async Task<(IReadOnlyList<Activity> Here, IReadOnlyList<Activity> Elsewhere)> TurnAsync(Activity activity)
        {
            await EarlierNotificationsDeliveredAsync();
            var before = app.Connector.Activities.Count;
            await app.TurnAsync(activity);
            var sent = app.Connector.Activities.Skip(before).ToList();
            return (sent.Where(r => r.ConversationId == activity.Conversation!.Id).Select(r => r.Activity!).ToList(),
                ToThem(sent.Where(r => r.ConversationId != activity.Conversation!.Id), activity.From!.AadObjectId!));
        }

        public async Task<(IReadOnlyList<Activity> Here, IReadOnlyList<Activity> Elsewhere, string Text)> InvokeAsync(
            string aad, string conversation, string kind, string verb, JsonObject data)
        {
            var invoke = Message(aad, conversation, kind, null);
            invoke.Type = ActivityTypes.Invoke;
            invoke.Name = "adaptiveCard/action";
            invoke.Value = JsonSerializer.SerializeToElement(new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
                ["trigger"] = "manual",
            });
            await EarlierNotificationsDeliveredAsync();
            var before = app.Connector.Activities.Count;
            var response = await app.PostAsync(invoke);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
            var sent = app.Connector.Activities.Skip(before).ToList();
            var text = (string?)body["type"] == "application/vnd.microsoft.card.adaptive" ? body["value"]!.ToJsonString() : (string?)body["value"] ?? "";
            return (sent.Where(r => r.ConversationId == conversation).Select(r => r.Activity!).ToList(),
                ToThem(sent.Where(r => r.ConversationId != conversation), aad), text);
        }

        public Task DisposeAsync() => app.DisposeAsync();

        /// <summary>
        /// Waits until the background dispatcher has delivered what earlier steps queued (a decision tells the parties,
        /// rightly), so a step's capture holds only what that step sent, not a notification arriving meanwhile.
        /// </summary>
        async Task EarlierNotificationsDeliveredAsync()
        {
            var outbox = app.Services.GetRequiredService<GovernanceBot.Notifications.Outbox>();
            using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            while (await outbox.PendingCountAsync(guard.Token) > 0)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20), guard.Token);
            }
        }

        /// <summary>
        /// What went to the asker's own chats elsewhere. The background dispatcher delivers other people's notifications
        /// meanwhile; those went to them, not to the asker.
        /// </summary>
        static List<Activity> ToThem(IEnumerable<Support.ConnectorRequest> sent, string aad) => sent
            .Select(r => r.Activity!)
            .Where(a => string.Equals(a.Recipient?.AadObjectId, aad, StringComparison.OrdinalIgnoreCase))
            .ToList();
    }
}
