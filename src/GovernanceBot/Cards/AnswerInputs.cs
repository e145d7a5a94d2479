namespace GovernanceBot.Cards;

/// <summary>Who the protocol sends the user to: the role, and the person in the council's directory who holds it.</summary>
public sealed record RouteContact(string Role, string Name, string? Email);

/// <summary>A flow the bot offers to start from an answer, e.g. <c>officer-attendance</c>.</summary>
public sealed record FlowOffer(string Flow, string Title);
