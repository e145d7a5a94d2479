using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovernanceBot.BotFramework;
using GovernanceBot.Notifications;
using GovernanceBot.Requests;
using GovernanceBot.Requests.Contract;
using GovernanceBot.Requests.Workflow;
using GovernanceBot.Routing;
using GovernanceBot.Tests.Channel;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceBot.Tests.Requests.Conversation;

/// <summary>The Derby sample directory's people the Agents Playground plays, and what the dialog tests do with them.</summary>
static class Derby
{
    public const string LabourCouncillor = "11111111-1111-4111-8111-000000000001";
    public const string LabourLeader = "11111111-1111-4111-8111-000000000002";
    public const string ConservativeLeader = "11111111-1111-4111-8111-000000000003";
    public const string LibDemLeader = "11111111-1111-4111-8111-000000000004";
    public const string ChiefExecutive = "11111111-1111-4111-8111-000000000005";
    public const string HeadOfPlanning = "11111111-1111-4111-8111-000000000006";
    public const string DemocraticServices = "22222222-2222-4222-8222-000000000006";

    public static string ReferenceIn(string text) => System.Text.RegularExpressions.Regex.Match(text, "[A-Z]{3}-[A-Z]{3}-[0-9]{4}").Value;

    /// <summary>The first of Derby's working days at least <paramref name="days"/> ahead (a meeting date the form accepts).</summary>
    public static string WorkingDayIn(int days) =>
        DerbyWorkingDays.OnOrAfter(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(days)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    static readonly GovernanceBot.Requests.Forms.WorkingDays DerbyWorkingDays = new(
        GovernanceBot.Routing.RoutingRules.Load(GovernanceBot.Tests.Requests.Workflow.WorkflowFixture.Catalog).ClosureDays["derby"]
            .Select(GovernanceBot.Requests.Forms.CouncilClosure.Parse).ToList());

    public static string InDays(int days) =>
        DateOnly.FromDateTime(DateTime.UtcNow).AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A card button press as a message whose value is the data (Action.Submit).</summary>
    public static async Task<IReadOnlyList<Activity>> SubmitAsync(this BotApp app, string aad, string conversation, JsonObject value)
    {
        var submit = app.MessageFrom(aad, conversation, null);
        submit.Value = JsonSerializer.SerializeToElement(value);
        return await app.TurnAsync(submit);
    }

    public static Task<IReadOnlyList<Activity>> SayAsync(this BotApp app, string aad, string conversation, string text) =>
        app.TurnAsync(app.MessageFrom(aad, conversation, text));

    public static string Texts(Activity reply) => reply.Attachments is { Count: > 0 }
        ? CardWords(BotApp.Card(reply)) + "\n" + reply.Summary
        : reply.Text ?? "";

    /// <summary>Every text a card shows: text blocks, rich text runs and fact values.</summary>
    public static string CardWords(JsonNode card) => string.Join("\n", GovernanceBot.Tests.Cards.CardJson.Objects(card)
        .SelectMany(o => new[] { o["text"], (string?)o["type"] is null ? o["value"] : null })
        .OfType<JsonValue>()
        .Select(v => v.ToString()));

    public static async Task<RoutedRequest> AttendanceRequestAsync(BotApp app, MeetingKind kind = MeetingKind.FullGroup)
    {
        var details = new OfficerAttendanceRequest(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(20), "Head of Planning", "the draft local plan", kind);
        var result = await app.Services.GetRequiredService<RequestWorkflow>().SubmitAsync(new Submission("derby", details), LabourCouncillor, CancellationToken.None);
        Assert.Equal(SubmitOutcome.Submitted, result.Outcome);
        return result.Request!;
    }

    public static JsonObject Decide(RoutedRequest request, string decision, string? reason = null, int? version = null, bool confirmed = false)
    {
        var data = CardActions.DecideData(request.PublicId, version ?? request.Version, Enum.Parse<Decision>(decision), confirmed ? reason : null);
        if (reason is not null)
        {
            data[CardActions.ReasonInputId] = reason;
        }

        return data;
    }

    public static Task<IReadOnlyList<OutboxMessage>> OutboxAsync(BotApp app, string reference) =>
        app.Services.GetRequiredService<Outbox>().ForReferenceAsync(reference, CancellationToken.None);

    /// <summary>The text of an invoke response: the card's texts, or the message.</summary>
    public static string InvokeText(JsonObject response) => (string?)response["type"] == "application/vnd.microsoft.card.adaptive"
        ? CardWords(response["value"]!)
        : (string?)response["value"] ?? "";
}
