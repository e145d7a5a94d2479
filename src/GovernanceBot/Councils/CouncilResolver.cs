using GovernanceBot.BotFramework;
using GovernanceBot.Storage;
using Microsoft.Extensions.Options;

namespace GovernanceBot.Councils;

/// <summary>
/// Finds the council a user belongs to. A deployed bot trusts only the tenant the turn came from; in local mode there
/// is no real tenant, so the user's own choice (or the default) stands in for it.
/// </summary>
public sealed class CouncilResolver(IOptions<CouncilOptions> councils, IOptions<BotFrameworkOptions> bot, UserState userState)
{
    const string ChosenCouncil = "council";

    public bool CanSwitch => bot.Value.IsLocalMode;

    /// <summary>The council id, or null when the tenant is mapped to no council.</summary>
    public async Task<string?> ResolveAsync(Activity activity, CancellationToken cancellationToken)
    {
        var tenant = activity.GetTenantId();
        var mapped = tenant is not null && councils.Value.Tenants.TryGetValue(tenant, out var council) ? council : null;
        if (!CanSwitch)
        {
            return mapped;
        }

        var state = await LoadAsync(activity, cancellationToken);
        return state?.Get<string>(ChosenCouncil) ?? mapped ?? councils.Value.Default;
    }

    public async Task ChooseAsync(Activity activity, string councilId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(activity, cancellationToken) is { } state)
        {
            state.Set(ChosenCouncil, councilId);
            await userState.SaveAsync(state, cancellationToken);
        }
    }

    async Task<StateBag?> LoadAsync(Activity activity, CancellationToken cancellationToken) =>
        activity is { ChannelId: { Length: > 0 } channel, From.Id: { Length: > 0 } user }
            ? await userState.LoadAsync(channel, user, cancellationToken)
            : null;
}
