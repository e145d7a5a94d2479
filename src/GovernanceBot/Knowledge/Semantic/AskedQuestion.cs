namespace GovernanceBot.Knowledge.Semantic;

/// <summary>
/// A question asked before: the set it came from, its council, its words (spelled out), and either the phrases of the
/// clause that answered it or none, when the documents did not cover it.
/// </summary>
public sealed record AskedQuestion(string Set, string Council, string Text, IReadOnlyList<string> Gold, bool Answered);

/// <summary>Where the questions asked before come from, with any vectors computed for them before they shipped.</summary>
public interface IAskedBefore
{
    IReadOnlyList<AskedQuestion> Load();

    /// <summary>Question vectors shipped with the questions (keyed as <see cref="ExampleVectors.KeyOf"/>), so a new data folder need not embed them; empty when none are.</summary>
    IReadOnlyDictionary<TextHash, Half[]> ShippedVectors();
}
