using GovernanceBot.People;

using Microsoft.Extensions.Options;

namespace GovernanceBot.Notifications.Mail;

/// <summary>
/// The email fallback (<c>Notifications:Mail</c>): when on, a notification that cannot reach its recipient in Teams
/// is mailed through Microsoft Graph <c>/users/{Sender}/sendMail</c>, signed in with the <c>Graph</c> settings.
/// The app needs the Mail.Send application permission, ideally limited to the sender mailbox.
/// </summary>
public sealed class MailOptions
{
    public const string Section = "Notifications:Mail";

    public bool Enabled { get; set; }

    /// <summary>The mailbox mail is sent from: a user principal name or object id, e.g. <c>governancebot@council.example</c>.</summary>
    public string? Sender { get; set; }
}

/// <summary>Names every key the mail fallback is missing, at startup.</summary>
sealed class MailOptionsValidation(IOptions<GraphOptions> graph) : IValidateOptions<MailOptions>
{
    public ValidateOptionsResult Validate(string? name, MailOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Sender))
        {
            missing.Add($"{MailOptions.Section}:{nameof(MailOptions.Sender)}");
        }

        if (string.IsNullOrWhiteSpace(graph.Value.TenantId))
        {
            missing.Add($"{GraphOptions.Section}:{nameof(GraphOptions.TenantId)}");
        }

        if (string.IsNullOrWhiteSpace(graph.Value.ClientId))
        {
            missing.Add($"{GraphOptions.Section}:{nameof(GraphOptions.ClientId)}");
        }

        return missing.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{MailOptions.Section}:Enabled needs {string.Join(", ", missing)}.");
    }
}
