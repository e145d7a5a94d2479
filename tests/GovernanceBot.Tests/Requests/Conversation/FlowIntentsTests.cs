using GovernanceBot.Requests.Conversation;
using GovernanceBot.Requests.Forms;

namespace GovernanceBot.Tests.Requests.Conversation;

public sealed class FlowIntentsTests
{
    [Theory]
    [InlineData("request officer attendance", "officer-attendance")]
    [InlineData("Request a briefing", "briefing")]
    [InlineData("can I ask for a briefing?", "briefing")]
    [InlineData("I want to report a councillor", "contact-report")]
    [InlineData("I’d like to report a councillor’s contact.", "contact-report")]
    [InlineData("please raise a staffing concern", "staffing-concern")]
    [InlineData("I would like to raise a concern about an officer", "staffing-concern")]
    public void CommandsAndPlainRequestsStartTheirFlow(string text, string flow) =>
        Assert.Equal(new Intent(IntentKind.StartFlow, flow), FlowIntents.Match(text));

    [Theory]
    [InlineData("My requests", IntentKind.MyRequests)]
    [InlineData("my request", IntentKind.MyRequests)]
    [InlineData("show me my requests", IntentKind.MyRequests)]
    [InlineData("waiting for me", IntentKind.WaitingForMe)]
    [InlineData("whats waiting for me", IntentKind.WaitingForMe)]
    [InlineData("Is anything waiting for me?", IntentKind.WaitingForMe)]
    public void ListsAreCommandsToo(string text, IntentKind kind) => Assert.Equal(kind, FlowIntents.Match(text)?.Kind);

    [Theory]
    [InlineData("DER-REP-0001", "DER-REP-0001")]
    [InlineData("der-rep-0001", "DER-REP-0001")]
    [InlineData("open DER-ATT-0012", "DER-ATT-0012")]
    [InlineData("what about LBE-STF-0003?", "LBE-STF-0003")]
    public void AReferenceTheBotGaveOpensThatRequest(string text, string reference) =>
        Assert.Equal(new Intent(IntentKind.OpenReference, Reference: reference), FlowIntents.Match(text));

    [Theory]
    [InlineData("actually who decides this?")]
    [InlineData("my requests")]
    [InlineData("help")]
    [InlineData("cancel")]
    [InlineData("what do you mean?")]
    public void QuestionsAndCommandsAreNotAnswersToAForm(string text) => Assert.True(FlowIntents.IsQuestionOrCommand(text));

    [Theory]
    [InlineData("Head of Planning")]
    [InlineData("The subject is too political for an officer.")]
    [InlineData("the draft local plan")]
    public void AnswersAreAnswers(string text) => Assert.False(FlowIntents.IsQuestionOrCommand(text));

    [Theory]
    [InlineData("Can an officer attend our group meeting?")]
    [InlineData("Who do I report a councillor to?")]
    [InlineData("What happens if I report a councillor for bullying an officer?")]
    [InlineData("briefing")]
    public void QuestionsAreLeftToTheKnowledgeEngine(string text) => Assert.Null(FlowIntents.Match(text));
}
