using GovernanceBot.Cards;
using GovernanceBot.Knowledge.Answers;

namespace GovernanceBot.Channel;

/// <summary>The flows an answer leads naturally to, offered as buttons on its card.</summary>
static class FlowOffers
{
    public const string OfficerAttendance = "officer-attendance";

    public static IReadOnlyList<FlowOffer> For(Answer answer)
    {
        var cited = answer.Citations.Count > 0 ? answer.Citations[0].Text : "";
        return Mentions(cited, "political group") && (Mentions(cited, "attend") || Mentions(answer.Question, "attend"))
            ? [new FlowOffer(OfficerAttendance, "Request officer attendance")]
            : [];
    }

    static bool Mentions(string text, string phrase) => text.Contains(phrase, StringComparison.OrdinalIgnoreCase);
}
