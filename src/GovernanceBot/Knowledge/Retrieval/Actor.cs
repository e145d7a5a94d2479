using System.Text.RegularExpressions;
using GovernanceBot.Knowledge.Clauses;
using GovernanceBot.Knowledge.Segmentation;

namespace GovernanceBot.Knowledge.Retrieval;

/// <summary>
/// Whose duty a clause sets out, and whose a question asks about. Protocols are written as "Councillors will:"
/// and "officers will:", so "what must a councillor do" is answered by the councillors' side of the agreement.
/// </summary>
public enum Actor
{
    Unknown,
    Councillor,
    Officer,
}

public static partial class Actors
{
    public static Actor OfQuestion(string question)
    {
        var match = QuestionSubject().Match(question);
        return match.Success ? ActorOf(match.Groups["actor"].Value) : Actor.Unknown;
    }

    public static Actor OfClause(Clause clause)
    {
        var leadIn = LeadInSubject().Match(clause.Text);
        if (leadIn.Success)
        {
            return ActorOf(leadIn.Groups["actor"].Value);
        }

        var heading = SectionPath.LastOf(clause.SectionPath);
        var opening = OpeningSubject().Match(heading);
        if (opening.Success)
        {
            return ActorOf(opening.Groups["actor"].Value);
        }

        opening = OpeningSubject().Match(clause.Text);
        return opening.Success ? ActorOf(opening.Groups["actor"].Value) : Actor.Unknown;
    }

    static Actor ActorOf(string word) =>
        word.ToLowerInvariant() switch
        {
            var w when w.StartsWith("council") && !w.StartsWith("council officer") => Actor.Councillor,
            var w when w.StartsWith("member") || w.StartsWith("cllr") => Actor.Councillor,
            _ => Actor.Officer,
        };

    // "should a councillor", "can officers", "must I as an officer", "what can officers expect"
    [GeneratedRegex(@"\b(should|can|could|must|may|do|does|will|would|shall)\s+(a|an|the|i as an?|we as)?\s*(?<actor>councillors?|members?|cllrs?|officers?|council officers?|staff|employees?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionSubject();

    // "In terms of casework, Councillors will:", "…, officers will:"
    [GeneratedRegex(@"^In terms of [^:]*?\b(?<actor>Councillors|officers)\s+will:", RegexOptions.IgnoreCase)]
    private static partial Regex LeadInSubject();

    // "Councillors attending…", "Council officers attending…", "Officers can expect…"
    [GeneratedRegex(@"^(?<actor>Councillors?|Council officers?|Officers?|Members?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OpeningSubject();
}
