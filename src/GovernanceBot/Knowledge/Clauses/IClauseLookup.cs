namespace GovernanceBot.Knowledge.Clauses;

/// <summary>Finds a clause by a phrase quoted from it, so configuration can cite clauses in words a reader can check.</summary>
public interface IClauseLookup
{
    /// <summary>
    /// The clause of <paramref name="documentId"/>, among the documents <paramref name="councilId"/> may cite,
    /// whose text contains <paramref name="quote"/> (case, curly quotes and white space folded); null if none does.
    /// </summary>
    Clause? FindByQuote(string councilId, string documentId, string quote);
}
