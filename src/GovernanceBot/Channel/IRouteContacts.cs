using GovernanceBot.Cards;

namespace GovernanceBot.Channel;

/// <summary>The person in a council's directory who holds a role the protocol routes to.</summary>
public interface IRouteContacts
{
    /// <summary>The contact for <paramref name="role"/> at <paramref name="councilId"/>, or null when none is configured.</summary>
    RouteContact? Find(string councilId, string role);
}
