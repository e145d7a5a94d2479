using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace GovernanceBot.Knowledge.Index;

/// <summary>
/// Closes the position gaps stop words leave, so word pairs ("officers expect", "expect councillors")
/// are formed across them. Stacked tokens (a concept on its variant) keep their shared position.
/// </summary>
sealed class CollapseGapsFilter : TokenFilter
{
    readonly IPositionIncrementAttribute increment;

    public CollapseGapsFilter(TokenStream input) : base(input)
    {
        increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (increment.PositionIncrement > 1)
        {
            increment.PositionIncrement = 1;
        }

        return true;
    }
}
