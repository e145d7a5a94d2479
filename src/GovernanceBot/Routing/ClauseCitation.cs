namespace GovernanceBot.Routing;

/// <summary>
/// The clause a routing rule implements, cited by a phrase quoted from it so that anyone can check the
/// configuration against the document, and the app can at startup. <see cref="Paragraph"/> is for display.
/// </summary>
public sealed record ClauseCitation(string Document, string Paragraph, string Quote);
