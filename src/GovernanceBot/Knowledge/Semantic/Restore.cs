namespace GovernanceBot.Knowledge.Semantic;

/// <summary>Puts back what an async-flow override replaced, when disposed (leaving a set out, trying another adapter).</summary>
sealed class Restore(Action restore) : IDisposable
{
    public void Dispose() => restore();
}
