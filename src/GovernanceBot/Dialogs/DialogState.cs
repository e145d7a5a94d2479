namespace GovernanceBot.Dialogs;

/// <summary>
/// Where one user is in a flow: the flow, the council it runs for, the step (a field index, or the field count for
/// the confirm step) and the answers so far, by field name. Small by design: it is saved after every turn.
/// </summary>
public sealed record DialogState(string Flow, string CouncilId, int Step, Dictionary<string, string> Answers);
