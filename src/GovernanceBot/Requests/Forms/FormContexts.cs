using GovernanceBot.BotFramework;
using GovernanceBot.Councils;
using GovernanceBot.Knowledge.Councils;
using GovernanceBot.People;
using GovernanceBot.Routing;

namespace GovernanceBot.Requests.Forms;

/// <summary>
/// Builds what a form is filled in against. The requester is always the authenticated sender of the turn
/// (<c>from.aadObjectId</c>), looked up in their council's directory; nothing a card sends changes who they are.
/// </summary>
public sealed class FormContexts(CouncilResolver councils, CouncilCatalog catalog, ICouncilDirectory directory, RoutingRules rules, TimeProvider time)
{
    /// <summary>The context, or null with a sentence saying why the flow can't run for this user.</summary>
    public async Task<(FormContext? Context, string? Problem)> ForAsync(Activity activity, string? councilId, IFlowForm form, CancellationToken cancellationToken)
    {
        councilId ??= await councils.ResolveAsync(activity, cancellationToken);
        if (councilId is null)
        {
            return (null, "Your organisation (Microsoft 365 tenant) is not configured for any council yet, so I can't send requests for you.");
        }

        var councilName = catalog.TryGet(councilId, out var council) ? council.DisplayName : councilId;
        if (activity.From?.AadObjectId is not { Length: > 0 } aad)
        {
            return (null, "I can't tell who you are in this chat, so I can't send a request for you.");
        }

        CouncilDirectory people;
        RoutingRule rule;
        try
        {
            people = directory.Council(councilId);
            rule = rules.For(councilId, form.Flow);
        }
        catch (Exception e) when (e is UnknownCouncilException or RoutingConfigurationException)
        {
            return (null, $"{councilName} has not set up \"{form.Title}\" with me, so I can't run it.");
        }

        if (await directory.FindPersonAsync(councilId, aad, cancellationToken) is not { } requester)
        {
            var contact = people.DefaultContact;
            return (null, $"I can't find you in {councilName}'s directory, so I can't send a request for you. Please contact {contact.Name}{(contact.Email is { } email ? $" ({email})" : "")}.");
        }

        var closures = rules.ClosureDays.GetValueOrDefault(councilId) ?? [];
        return (new FormContext(requester, people, rule, councilName, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime))
        {
            WorkingDays = new WorkingDays(closures.Select(CouncilClosure.Parse).ToList()),
        }, null);
    }
}
