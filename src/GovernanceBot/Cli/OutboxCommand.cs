using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using GovernanceBot.Notifications;

namespace GovernanceBot.Cli;

/// <summary>
/// <c>outbox [--council X] [--recipient AAD] [--status pending|delivered|failed] [--json]</c>: what the bot sent, or
/// is still trying to send, to whom. Notifications never hold a report's words, so neither does this listing.
/// </summary>
static class OutboxCommand
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create()
    {
        var council = new Option<string?>("--council") { Description = "Only this council's notifications, e.g. derby." };
        var recipient = new Option<string?>("--recipient") { Description = "Only notifications to this Entra object id." };
        var status = new Option<string?>("--status") { Description = "Only pending, delivered or failed (abandoned) notifications." };
        status.AcceptOnlyFromAmong([.. OutboxRow.Statuses]);
        var json = new Option<bool>("--json") { Description = "Print a JSON array." };
        var command = new Command("outbox", "List notifications: who was sent what, and how delivery went.") { council, recipient, status, json, CliServices.DataOption };
        command.SetAction((result, cancellationToken) => CliServices.RunAsync(async () =>
        {
            var outbox = new Outbox(CliServices.OpenExistingDatabase(result));
            var rows = await outbox.ListAsync(new OutboxQuery(result.GetValue(council), result.GetValue(recipient), result.GetValue(status)), cancellationToken);
            if (result.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(rows, Json));
                return 0;
            }

            foreach (var row in rows)
            {
                var error = row.LastError is null ? "" : $" last error {row.LastError}";
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{row.CreatedUtc:yyyy-MM-dd HH:mm:ss}Z  {row.Status,-9} attempts {row.Attempts}  {row.CouncilId} {row.Reference} {row.Kind} -> {row.RecipientAadObjectId}{error}"));
            }

            Console.WriteLine($"{rows.Count} notification(s)");
            return 0;
        }));
        return command;
    }
}
