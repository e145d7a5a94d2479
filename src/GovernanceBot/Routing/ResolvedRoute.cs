using GovernanceBot.People;

namespace GovernanceBot.Routing;

/// <summary>What a request is routed against: who asks, whom it is about (never routed to), and the service it concerns.</summary>
public sealed record RoutingContext(Person Requester, Person? Subject = null, string? Service = null);

/// <summary>
/// Where a request goes: the <see cref="Receiver"/> and those who may act in their absence. <see cref="HandedOff"/>
/// is true when it went to the default contact because the protocol is silent or no one the rule names could be found.
/// </summary>
public sealed record ResolvedRoute(Person Receiver, IReadOnlyList<Person> Deputies, bool ProtocolSilent, bool HandedOff);
