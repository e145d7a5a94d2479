namespace GovernanceBot.Requests.Conversation;

/// <summary>
/// Where one user is in a flow: the flow, the council it runs for, the step (a field index, or the field count for
/// the confirm step), the answers so far by field name, and the form's id, from which the request it sends takes its
/// identity (so the same form can never make two requests). Small by design: it is saved after every turn.
/// </summary>
public sealed record DialogState(string Flow, string CouncilId, int Step, Dictionary<string, string> Answers, string FormId);
