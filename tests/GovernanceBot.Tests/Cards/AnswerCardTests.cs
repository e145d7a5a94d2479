using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovernanceBot.Cards;
using GovernanceBot.Knowledge.Answers;

namespace GovernanceBot.Tests.Cards;

public sealed class AnswerCardTests
{
    static readonly Citation Attendance = new(
        "derby-working-together-protocol",
        "Derby City Council Working Together Protocol",
        "Political groups",
        "26",
        "Requests for officers to attend a political group meeting should be made to the Chief Executive in the first instance.");

    static readonly Citation OtherGroups = Attendance with
    {
        Paragraph = "27",
        Text = "If attendance is agreed, the Chief Executive will notify the other political groups and offer a similar facility.",
    };

    static readonly Citation ShadowCabinet = Attendance with { Paragraph = "28", Text = "Shadow cabinet meetings only for significant cabinet items." };

    static readonly Citation FourthClause = Attendance with { Paragraph = "29", Text = "A fourth clause the card has no room for." };

    static readonly FlowOffer OfficerAttendance = new("officer-attendance", "Request officer attendance");

    static Answer Answer(params Citation[] citations) => new(
        "derby",
        "Can an officer attend our group meeting?",
        Answered: true,
        "Ask the Chief Executive first: requests for officers to attend a political group meeting go to the Chief Executive.",
        new Route("Chief Executive"),
        citations);

    static JsonObject Render(Answer answer, RouteContact? contact = null, params FlowOffer[] offers) =>
        new AnswerCard(answer, "answer-42", "Derby City Council", contact, offers).ToJson();

    static IEnumerable<JsonObject> Actions(JsonObject card, string action) =>
        CardJson.OfType(card, "Action.Submit").Where(submit => (string?)submit["data"]?["action"] == action);

    [Fact]
    public void TheCardIsAValidAdaptiveCardOneFive()
    {
        var card = Render(Answer(Attendance, OtherGroups, ShadowCabinet), new RouteContact("Chief Executive", "Pat Example", "chief.executive@derby.example"), OfficerAttendance);

        CardJson.AssertValidCard(card);
    }

    [Fact]
    public void TheFirstClauseIsQuotedInItalicsWithItsCitationLine()
    {
        var card = Render(Answer(Attendance, OtherGroups));

        var quote = CardJson.Objects(card).First(element => (string?)element["style"] == "emphasis");
        var run = Assert.Single(CardJson.OfType(quote, "TextRun"));
        Assert.Equal(Attendance.Text, (string?)run["text"]);
        Assert.True((bool?)run["italic"]);
        Assert.Contains("Derby City Council Working Together Protocol · Political groups · para 26", CardJson.Texts(quote));
    }

    [Fact]
    public void UpToTwoOtherClausesAreHiddenBehindAToggle()
    {
        var card = Render(Answer(Attendance, OtherGroups, ShadowCabinet, FourthClause));

        var toggle = Assert.Single(CardJson.OfType(card, "Action.ToggleVisibility"));
        var targetId = (string?)toggle["targetElements"]![0];
        var hidden = CardJson.Objects(card).Single(element => (string?)element["id"] == targetId);
        Assert.Equal("Other relevant clauses", (string?)toggle["title"]);
        Assert.False((bool?)hidden["isVisible"]);
        Assert.Equal([OtherGroups.Text, ShadowCabinet.Text], CardJson.OfType(hidden, "TextRun").Select(run => (string?)run["text"]));
        Assert.DoesNotContain(FourthClause.Text, CardJson.Texts(card));
    }

    [Fact]
    public void AnAnswerTheBotIsNotSureOfSaysSoAndShowsTheOtherClausesOpen()
    {
        var card = Render(Answer(Attendance, OtherGroups, ShadowCabinet) with { Confident = false });

        var texts = CardJson.Texts(card).ToList();
        Assert.Equal(AnswerCard.Caution, texts[1]);
        Assert.Empty(CardJson.OfType(card, "Action.ToggleVisibility"));
        var others = CardJson.Objects(card).Single(element => (string?)element["id"] == "otherClauses");
        Assert.NotEqual(false, (bool?)others["isVisible"]); // visible is the default, written only when false
        Assert.StartsWith(AnswerCard.Caution, new AnswerCard(Answer(Attendance) with { Confident = false }, "a", "Derby City Council", null, []).ToPlainText());
    }

    [Fact]
    public void AConfidentAnswerCarriesNoCaution() => Assert.DoesNotContain(AnswerCard.Caution, CardJson.Texts(Render(Answer(Attendance, OtherGroups))));

    [Fact]
    public void ASingleCitationNeedsNoToggle()
    {
        var card = Render(Answer(Attendance));

        Assert.Empty(CardJson.OfType(card, "Action.ToggleVisibility"));
    }

    [Fact]
    public void TheRouteNamesTheRoleAndTheDirectoryPerson()
    {
        var card = Render(Answer(Attendance), new RouteContact("Chief Executive", "Pat Example", "chief.executive@derby.example"));

        Assert.Contains("Who to go to: Chief Executive", CardJson.Texts(card));
        var facts = Assert.Single(CardJson.OfType(card, "FactSet"))["facts"]!.AsArray();
        Assert.Equal(["Pat Example", "chief.executive@derby.example"], facts.Select(fact => (string?)fact!["value"]));
    }

    [Fact]
    public void WithoutADirectoryPersonTheRouteIsTheAnswersRole()
    {
        var card = Render(Answer(Attendance));

        Assert.Contains("Who to go to: Chief Executive", CardJson.Texts(card));
        Assert.Empty(CardJson.OfType(card, "FactSet"));
    }

    [Fact]
    public void AnAnswerWithoutARouteShowsNoRoute()
    {
        var card = Render(Answer(Attendance) with { Route = null });

        Assert.DoesNotContain(CardJson.Texts(card), text => text.StartsWith("Who to go to", StringComparison.Ordinal));
    }

    [Fact]
    public void TheFeedbackButtonsSendTheAnswerIdAndTheVerdict()
    {
        var card = Render(Answer(Attendance));

        var feedback = Actions(card, "feedback").ToList();

        Assert.Contains("Was this helpful?", CardJson.Texts(card));
        Assert.Equal(["Yes", "No"], feedback.Select(action => (string?)action["title"]));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"action":"feedback","helpful":true,"answerId":"answer-42"}"""), feedback[0]["data"]));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"action":"feedback","helpful":false,"answerId":"answer-42"}"""), feedback[1]["data"]));
    }

    [Fact]
    public void EachFlowOfferIsAButtonThatStartsTheFlow()
    {
        var card = Render(Answer(Attendance), null, OfficerAttendance, new FlowOffer("briefing", "Ask for a briefing"));

        var starts = Actions(card, "startFlow").ToList();

        Assert.Equal(["Request officer attendance", "Ask for a briefing"], starts.Select(action => (string?)action["title"]));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"action":"startFlow","flow":"officer-attendance"}"""), starts[0]["data"]));
    }

    [Fact]
    public void NoOffersMeansNoCardActions()
    {
        var card = Render(Answer(Attendance));

        Assert.False(card.ContainsKey("actions"));
    }

    [Fact]
    public void AVeryLongQuoteIsTruncatedWithAnEllipsis()
    {
        var longText = string.Join(' ', Enumerable.Repeat("The Chief Executive will notify the other groups.", 200));

        var card = Render(Answer(Attendance with { Text = longText }));

        var quote = CardJson.OfType(card, "TextRun").Single(run => (bool?)run["italic"] == true);
        var shown = (string)quote["text"]!;
        Assert.True(shown.Length <= AnswerCard.MaxQuote, $"{shown.Length} characters shown");
        Assert.EndsWith("…", shown);
        Assert.StartsWith("The Chief Executive will notify", shown);
    }

    [Fact]
    public void AWorstCaseAnswerStaysUnderTwentyEightKilobytes()
    {
        // Non-ASCII throughout: the default encoder writes each such character as a six-byte \uXXXX escape.
        var huge = string.Concat(Enumerable.Repeat("éü😀", 5000));
        var citation = new Citation("doc", huge, huge, huge, huge);
        var answer = new Answer("derby", huge, true, huge, new Route(huge), [citation, citation, citation, citation]);
        var offers = Enumerable.Range(0, 10).Select(i => new FlowOffer($"flow-{i}", huge)).ToArray();

        var card = new AnswerCard(answer, "answer-42", huge, new RouteContact(huge, huge, huge), offers).ToJson();

        var defaultBytes = Encoding.UTF8.GetByteCount(card.ToJsonString());
        var relaxedBytes = Encoding.UTF8.GetByteCount(card.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.True(defaultBytes < 28 * 1024, $"{defaultBytes} bytes");
        Assert.True(relaxedBytes < 28 * 1024, $"{relaxedBytes} bytes");
        CardJson.AssertValidCard(card);
    }

    [Fact]
    public void ClauseTextIsNotReadAsMarkdown()
    {
        var card = Render(Answer(Attendance with { Text = "1. **Not** bold _nor_ a list" }));

        Assert.Contains(CardJson.OfType(card, "TextRun"), run => (string?)run["text"] == "1. **Not** bold _nor_ a list");
        Assert.DoesNotContain(CardJson.OfType(card, "TextBlock"), block => ((string?)block["text"])!.Contains("**Not**", StringComparison.Ordinal));
    }

    [Fact]
    public void AnAbstentionCannotBeRenderedAsAnAnswer()
    {
        var abstention = Answer() with { Answered = false };

        Assert.Throws<ArgumentException>(() => Render(abstention));
    }

    [Fact]
    public void ThePlainTextCarriesTheAnswerTheQuoteTheCitationAndTheRoute()
    {
        var text = new AnswerCard(
            Answer(Attendance, OtherGroups),
            "answer-42",
            "Derby City Council",
            new RouteContact("Chief Executive", "Pat Example", "chief.executive@derby.example"),
            [OfficerAttendance]).ToPlainText();

        Assert.Contains(Answer().Text, text);
        Assert.Contains($"\"{Attendance.Text}\"", text);
        Assert.Contains("Derby City Council Working Together Protocol · Political groups · para 26", text);
        Assert.Contains("para 27", text);
        Assert.Contains("Who to go to: Chief Executive, Pat Example (chief.executive@derby.example)", text);
        Assert.Contains("Request officer attendance", text);
    }

    [Fact]
    public void TheAttachmentIsTypedAsAnAdaptiveCard()
    {
        var attachment = CardAttachment.For(new AnswerCard(Answer(Attendance), "answer-42", "Derby City Council", null, []));

        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment["contentType"]);
        Assert.Equal("AdaptiveCard", (string?)attachment["content"]!["type"]);
    }
}
