namespace GovernanceBot.Knowledge.Index;

/// <summary>Another process (a running bot, or a second `index`) holds the index's write lock.</summary>
public sealed class IndexInUseException(string path)
    : Exception($"The index at '{path}' is in use by another GovernanceBot process. Stop it, or point Storage:DataPath elsewhere.");
