using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovernanceBot.Notifications;
using GovernanceBot.People;

namespace GovernanceBot.Cli;

/// <summary>
/// <c>outbox [--council X] [--recipient AAD] [--status pending|delivered|failed] [--json]</c>: what the bot sent, or
/// is still trying to send, to whom (with their name where the council directory knows them). Notifications never
/// hold a report's words, so neither does this listing.
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
            CliServices.CheckCouncil(result, result.GetValue(council));
            var outbox = CliServices.OpenOutbox(result);
            var directory = CliServices.OpenDirectory(result);
            var rows = await outbox.ListAsync(new OutboxQuery(result.GetValue(council), result.GetValue(recipient), result.GetValue(status)), cancellationToken);
            if (result.GetValue(json))
            {
                Console.WriteLine(new JsonArray([.. rows.Select(row => WithName(row, NameOf(directory, row)))]).ToJsonString(Json));
                return 0;
            }

            foreach (var row in rows)
            {
                var name = NameOf(directory, row) is { } known ? $" ({known})" : "";
                var error = row.LastError is null ? "" : $" last error {row.LastError}";
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{row.CreatedUtc:yyyy-MM-dd HH:mm:ss}Z  {row.Status,-9} attempts {row.Attempts}  {row.CouncilId} {row.Reference} {row.Kind} -> {row.RecipientAadObjectId}{name}{error}"));
            }

            Console.WriteLine($"{rows.Count} notification(s)");
            return 0;
        }));
        return command;
    }

    /// <summary>The row as before, with <c>recipientName</c> (null when unknown) right after the recipient's id.</summary>
    static JsonObject WithName(OutboxRow row, string? name)
    {
        var json = JsonSerializer.SerializeToNode(row, Json)!.AsObject();
        var at = json.IndexOf("recipientAadObjectId") + 1;
        json.Insert(at, "recipientName", name);
        return json;
    }

    static string? NameOf(FileCouncilDirectory? directory, OutboxRow row)
    {
        if (directory is null || !directory.CouncilIds.Contains(row.CouncilId))
        {
            return null;
        }

        return directory.Council(row.CouncilId).ByAadObjectId(row.RecipientAadObjectId)?.Name;
    }
}
