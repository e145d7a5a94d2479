using System.Text;
using System.Text.Json.Nodes;
using GovernanceBot.Knowledge.Answers;
using GovernanceBot.Requests.Contract;
using static GovernanceBot.Cards.CardElements;

namespace GovernanceBot.Cards;

/// <summary>
/// An answer with its evidence: the answer, the first cited clause quoted with its citation, up to two more
/// clauses behind a toggle, who to go to, "Was this helpful?", and the flows the answer leads to.
/// </summary>
public sealed class AnswerCard : ICard
{
    // Budgets keep the card under ~28 KB even when every character is non-ASCII and the serializer
    // escapes each as \uXXXX (six bytes); see AnswerCardTests.
    internal const int MaxAnswer = 1000;
    internal const int MaxQuote = 1000;
    internal const int MaxOtherQuote = 400;
    internal const int MaxLine = 160;
    internal const int MaxName = 100;
    internal const int MaxOfferTitle = 60;
    internal const int MaxOffers = 4;
    const int MaxOtherCitations = 2;
    const string OtherClausesId = "otherClauses";

    readonly Answer answer;
    readonly string answerId;
    readonly string councilName;
    readonly RouteContact? contact;
    readonly IReadOnlyList<FlowOffer> offers;
    readonly bool? feedback;

    /// <param name="answerId">Identifies this answer in the feedback the buttons send back.</param>
    /// <param name="feedback">The feedback already given on this card, which then replaces its buttons; null before any.</param>
    public AnswerCard(Answer answer, string answerId, string councilName, RouteContact? contact, IReadOnlyList<FlowOffer> offers, bool? feedback = null)
    {
        if (!answer.Answered || answer.Citations.Count == 0)
        {
            throw new ArgumentException("An answer card needs an answer with a citation; use AbstentionCard otherwise.", nameof(answer));
        }

        this.answer = answer;
        this.answerId = answerId;
        this.councilName = councilName;
        this.contact = contact;
        this.offers = offers;
        this.feedback = feedback;
    }

    string? Role => contact?.Role ?? answer.Route?.Role;

    IEnumerable<Citation> OtherCitations => answer.Citations.Skip(1).Take(MaxOtherCitations);

    public JsonObject ToJson()
    {
        var first = answer.Citations[0];
        var body = new List<JsonObject>
        {
            TextBlock($"From {CardText.Clip(councilName, MaxName)}'s protocol", subtle: true, size: "Small"),
            Words(CardText.Clip(answer.Text, MaxAnswer)),
            Container([Quote(CardText.Clip(first.Text, MaxQuote)), TextBlock(CardText.CitationLine(first, MaxLine), size: "Small", subtle: true)], style: "emphasis"),
        };

        var others = OtherCitations.ToList();
        if (others.Count > 0)
        {
            body.Add(ActionSet([ToggleVisibility("Other relevant clauses", OtherClausesId)]));
            body.Add(Container(
                others.Select(citation => Container(
                    [Quote(CardText.Clip(citation.Text, MaxOtherQuote)), TextBlock(CardText.CitationLine(citation, MaxLine), size: "Small", subtle: true)],
                    style: "emphasis",
                    spacing: "Small")),
                id: OtherClausesId,
                visible: false));
        }

        if (Role is { } role)
        {
            body.Add(TextBlock($"Who to go to: {CardText.Clip(role, MaxName)}", weight: "Bolder", spacing: "Medium"));
            if (contact is not null)
            {
                var facts = new List<(string, string)> { ("Name", CardText.Clip(contact.Name, MaxName)) };
                if (!string.IsNullOrWhiteSpace(contact.Email))
                {
                    facts.Add(("Email", CardText.Clip(contact.Email, MaxName)));
                }

                body.Add(FactSet(facts));
            }
        }

        if (feedback is { } given)
        {
            body.Add(TextBlock($"Thanks for the feedback: {(given ? "helpful" : "not helpful")}.", size: "Small", subtle: true, spacing: "Medium"));
        }
        else
        {
            body.Add(TextBlock("Was this helpful?", spacing: "Medium"));
            body.Add(ActionSet([Feedback("Yes", helpful: true), Feedback("No", helpful: false)]));
        }

        return Card(body, offers.Take(MaxOffers).Select(offer => Submit(
            CardText.Clip(offer.Title, MaxOfferTitle),
            CardActions.StartFlowData(offer.Flow))));
    }

    public string ToPlainText()
    {
        var first = answer.Citations[0];
        var text = new StringBuilder()
            .AppendLine(CardText.Clip(answer.Text, MaxAnswer))
            .AppendLine()
            .AppendLine($"\"{CardText.Clip(first.Text, MaxQuote)}\"")
            .AppendLine($"({CardText.CitationLine(first, MaxLine)})");

        var others = OtherCitations.ToList();
        if (others.Count > 0)
        {
            text.AppendLine().AppendLine("Other relevant clauses:");
            others.ForEach(citation => text.AppendLine($"- {CardText.CitationLine(citation, MaxLine)}"));
        }

        if (Role is { } role)
        {
            text.AppendLine().Append($"Who to go to: {CardText.Clip(role, MaxName)}");
            if (contact is not null)
            {
                text.Append($", {CardText.Clip(contact.Name, MaxName)}");
                if (!string.IsNullOrWhiteSpace(contact.Email))
                {
                    text.Append($" ({CardText.Clip(contact.Email, MaxName)})");
                }
            }

            text.AppendLine();
        }

        if (offers.Count > 0)
        {
            text.AppendLine().AppendLine($"I can also help you: {string.Join("; ", offers.Take(MaxOffers).Select(offer => CardText.Clip(offer.Title, MaxOfferTitle)))}.");
        }

        return text.ToString().TrimEnd();
    }

    JsonObject Feedback(string title, bool helpful) =>
        Submit(title, CardActions.FeedbackData(answerId, helpful));
}
