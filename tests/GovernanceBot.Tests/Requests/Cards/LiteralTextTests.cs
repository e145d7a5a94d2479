using System.Text.Json.Nodes;
using GovernanceBot.Cards;
using GovernanceBot.Knowledge.Councils;
using GovernanceBot.People;
using GovernanceBot.Requests.Actions;
using GovernanceBot.Requests.Cards;
using GovernanceBot.Requests.Forms;
using GovernanceBot.Requests.Workflow;
using GovernanceBot.Routing;
using GovernanceBot.Tests.Cards;
using GovernanceBot.Tests.Requests.Workflow;

namespace GovernanceBot.Tests.Requests.Cards;

/// <summary>
/// Whatever a user types (a subject, an officer's name, a reason, an account) every card shows exactly as typed: fed
/// hostile strings in every field, no card has a Markdown string that would render a link, heading, list, emphasis,
/// code, quote or HTML, and each string is there to read, word for word.
/// </summary>
public sealed class LiteralTextTests
{
    public static readonly TheoryData<string> Hostile =
    [
        "Budget\n\n# HUGE\n- [click to approve](https://evil.example/approve)",
        "**bold**",
        "<at>x</at>",
        "&lt;b&gt;",
        "_x_",
        "1. item",
        "> quote",
        "`code`",
        "http://evil.example",
    ];

    static readonly CouncilDirectory Derby = FileCouncilDirectory.Load(WorkflowFixture.Catalog).Council("derby");
    static readonly RoutingRules Rules = RoutingRules.Load(WorkflowFixture.Catalog);
    const string Requester = "11111111-1111-4111-8111-000000000001";
    const string ChiefExecutive = "11111111-1111-4111-8111-000000000005";

    [Theory]
    [MemberData(nameof(Hostile))]
    public void RequestCardsShowEveryUserFieldLiterally(string hostile)
    {
        foreach (var request in Requests(hostile))
        {
            foreach (var viewer in new[] { request.RequesterAadObjectId, request.ReceiverAadObjectId })
            {
                AssertLiteral(new RequestCard(request, Derby, viewer), hostile);
            }

            AssertLiteral(new RequestListCard("Your requests", "None.", [request], _ => Derby, request.RequesterAadObjectId, actionable: true), hostile,
                shown: request.Flow is RoutingFlow.OfficerAttendance or RoutingFlow.Briefing);
        }
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void NotificationCardsShowTheRequestersWordsLiterally(string hostile)
    {
        foreach (var request in Requests(hostile).Where(r => r.Flow is RoutingFlow.OfficerAttendance or RoutingFlow.Briefing))
        {
            var rule = Rules.For("derby", request.Flow);
            var approved = request with { State = RequestState.Approved, Version = 2, DecidedByAadObjectId = ChiefExecutive, DecisionNote = hostile };
            var messages = RequestNotices.OnSubmitted(request, rule, Derby).Concat(RequestNotices.OnDecided(approved, rule, Derby)).ToList();
            Assert.NotEmpty(messages);
            foreach (var message in messages)
            {
                AssertLiteral(RequestNotificationCard.For(message.Message), hostile);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void FormConfirmAndDeclineCardsShowAnswersLiterally(string hostile)
    {
        var field = new FormField("subject", "Subject", "What is the subject?", FieldKind.Text, "The matter.");
        var date = new FormField("meetingDate", "Meeting date", "When?", FieldKind.Date, "The date.") { Dates = DateRule.FutureWorkingDay };
        var today = new DateOnly(2026, 3, 2);
        var problem = FieldAnswers.Check(date, hostile, today).Problem!;

        AssertLiteral(new FormCard("officer-attendance", "form-1", "Request officer attendance", Rules.For("derby", RoutingFlow.OfficerAttendance).Guidance,
            [field, date], new Dictionary<string, string> { ["subject"] = hostile }, new Dictionary<string, string> { ["meetingDate"] = problem }, today), hostile);
        AssertLiteral(new ConfirmCard("form-1", "Request officer attendance", [("Subject", hostile), ("Officer or service", hostile)], "Facts only."), hostile);
        AssertLiteral(new DeclineConfirmCard("DER-ATT-0003", RequestIds.FromForm("f"), 1, hostile), hostile);
    }

    [Fact]
    public void TheMarkdownModelSeesWhatTeamsWouldRender()
    {
        Assert.Equal(["heading", "list", "link"], TeamsMarkdown.Constructs("Budget\n\n# HUGE\n- [click to approve](https://evil.example/approve)"));
        Assert.Equal(["emphasis"], TeamsMarkdown.Constructs("**bold**"));
        Assert.Equal(["emphasis"], TeamsMarkdown.Constructs("_x_"));
        Assert.Equal(["html"], TeamsMarkdown.Constructs("&lt;b&gt;"));
        Assert.Equal(["link"], TeamsMarkdown.Constructs("http://evil.example"));
        Assert.Empty(TeamsMarkdown.Constructs("DER-ATT-0003: Officer attendance · Waiting for a decision"));
    }

    static void AssertLiteral(ICard card, string hostile, bool shown = true)
    {
        var json = card.ToJson();
        foreach (var markdown in TeamsMarkdown.MarkdownStrings(json))
        {
            Assert.True(TeamsMarkdown.Constructs(markdown).Count == 0,
                $"{card.GetType().Name} renders \"{markdown}\" as Markdown: {string.Join(", ", TeamsMarkdown.Constructs(markdown))}");
        }

        if (shown)
        {
            var wanted = hostile.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];
            Assert.Contains(TeamsMarkdown.LiteralStrings(json), s => s.Contains(wanted, StringComparison.Ordinal));
        }
    }

    static IEnumerable<RoutedRequest> Requests(string hostile)
    {
        var submitted = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
        RoutedRequest Request(RoutingFlow flow, RequestDetails details, string receiver) => new(1, RequestIds.FromForm(flow.ToString()), "DER-XXX-0001", "derby", flow,
            Transitions.Initial(flow), 1, Requester, receiver, [], "labour", details, "derby-working-together-protocol 28", false, hostile, ChiefExecutive, submitted, submitted);

        yield return Request(RoutingFlow.OfficerAttendance, new OfficerAttendanceRequest(new DateOnly(2026, 3, 16), hostile, hostile, MeetingKind.FullGroup), ChiefExecutive);
        yield return Request(RoutingFlow.Briefing, new BriefingRequest("planning", hostile, BriefingKind.GroupBriefing), ChiefExecutive);
        yield return Request(RoutingFlow.ContactReport, new ContactReport(Requester, new DateOnly(2026, 2, 27), hostile), ChiefExecutive) with
        {
            RequesterAadObjectId = "11111111-1111-4111-8111-000000000006",
        };
        yield return Request(RoutingFlow.StaffingConcern, new StaffingConcern("11111111-1111-4111-8111-000000000006", hostile), ChiefExecutive);
    }
}
