using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GovernanceBot.Requests.Contract;

/// <summary>What a decider can decide on a request.</summary>
public enum Decision
{
    Approve,
    Decline,
    SendRepresentative,
    Acknowledge,
    Close,
}

/// <summary>
/// The one contract between the bot's cards and the handlers of their buttons: every verb and data key a card sends,
/// the data each button carries, and the typed reading of what comes back. Requests are named by their opaque public
/// id, never by a guessable number; who pressed is always the authenticated sender, never anything in the data.
/// Anything of an unexpected shape reads as null, never as an error.
/// </summary>
public static class CardActions
{
    public const string StartFlow = "startFlow";
    public const string Form = "dialog";
    public const string Decide = "decide";
    public const string OpenRequest = "openRequest";
    public const string Feedback = "feedback";

    /// <summary>The id of the reason box on a decision card; Teams merges its value into the pressed button's data.</summary>
    public const string ReasonInputId = "reason";

    const string ActionKey = "action";
    const string VerbKey = "verb";
    const string FlowKey = "flow";
    const string StepKey = "step";
    const string ChoiceKey = "choice";
    const string FormIdKey = "formId";
    const string RequestKey = "request";
    const string VersionKey = "version";
    const string DecisionKey = "decision";
    const string ConfirmedKey = "confirmed";
    const string PrefillKey = "prefill";
    const string AnswerIdKey = "answerId";
    const string HelpfulKey = "helpful";
    const string FormStep = "form";
    const string ConfirmStep = "confirm";
    const string Send = "send";
    const string Cancel = "cancel";

    /// <summary>Starts a flow, optionally with answers filled in (e.g. the other group's own attendance request).</summary>
    public static JsonObject StartFlowData(string flow, IReadOnlyDictionary<string, string>? prefill = null)
    {
        var data = new JsonObject { [ActionKey] = StartFlow, [FlowKey] = flow };
        if (prefill is { Count: > 0 })
        {
            data[PrefillKey] = new JsonObject(prefill.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value)));
        }

        return data;
    }

    /// <summary>A form card's "Next" button; the inputs' values arrive beside these keys.</summary>
    public static JsonObject FormData(string flow, string formId) =>
        new() { [ActionKey] = Form, [StepKey] = FormStep, [FlowKey] = flow, [FormIdKey] = formId };

    /// <summary>The confirm card's Send (<paramref name="send"/>) or Cancel.</summary>
    public static JsonObject ConfirmData(string formId, bool send) =>
        new() { [ActionKey] = Form, [StepKey] = ConfirmStep, [FormIdKey] = formId, [ChoiceKey] = send ? Send : Cancel };

    public static JsonObject DecideData(string requestId, int version, Decision decision, string? confirmedReason = null)
    {
        var data = new JsonObject { [ActionKey] = Decide, [RequestKey] = requestId, [VersionKey] = version, [DecisionKey] = decision.ToString() };
        if (confirmedReason is not null)
        {
            data[ConfirmedKey] = true;
            data[ReasonInputId] = confirmedReason;
        }

        return data;
    }

    public static JsonObject OpenData(string requestId) => new() { [ActionKey] = OpenRequest, [RequestKey] = requestId };

    public static JsonObject FeedbackData(string answerId, bool helpful) =>
        new() { [ActionKey] = Feedback, [HelpfulKey] = helpful, [AnswerIdKey] = answerId };

    /// <summary>
    /// Reads a press: <paramref name="verb"/> is the Universal Action's verb when it came as an invoke, else null
    /// and the verb is the data's <c>action</c> (Action.Submit, or the Execute fallback).
    /// </summary>
    public static ButtonPress? Parse(string? verb, JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        return (verb ?? String(data, ActionKey) ?? String(data, VerbKey)) switch
        {
            StartFlow when String(data, FlowKey) is { } flow => new StartFlowAction(flow, Prefill(data)),
            Form when String(data, StepKey) == FormStep && String(data, FlowKey) is { } flow => new FormStepAction(flow, String(data, FormIdKey), data),
            Form when String(data, StepKey) == ConfirmStep && String(data, ChoiceKey) is Send or Cancel =>
                new ConfirmAction(String(data, FormIdKey), String(data, ChoiceKey) == Send),
            Decide when String(data, RequestKey) is { } request && Int(data, VersionKey) is { } version
                && Enum.TryParse<Decision>(String(data, DecisionKey), ignoreCase: false, out var decision) && Enum.IsDefined(decision) =>
                new DecideAction(request, version, decision, String(data, ReasonInputId), data.TryGetProperty(ConfirmedKey, out var c) && c.ValueKind == JsonValueKind.True),
            OpenRequest when String(data, RequestKey) is { } request => new OpenAction(request),
            Feedback when String(data, AnswerIdKey) is { } answer && data.TryGetProperty(HelpfulKey, out var h) && h.ValueKind is JsonValueKind.True or JsonValueKind.False =>
                new FeedbackAction(answer, h.ValueKind == JsonValueKind.True),
            _ => null,
        };
    }

    /// <summary>A value the card sent (an input's, by its id), as text; absent or of another shape reads as null.</summary>
    public static string? String(JsonElement value, string name) =>
        value.ValueKind == JsonValueKind.Object && value.TryGetProperty(name, out var property)
            ? property.ValueKind switch
            {
                JsonValueKind.String => property.GetString(),
                JsonValueKind.Number => property.GetRawText(),
                _ => null,
            }
            : null;

    static int? Int(JsonElement value, string name) =>
        int.TryParse(String(value, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;

    static Dictionary<string, string> Prefill(JsonElement data) =>
        data.TryGetProperty(PrefillKey, out var prefill) && prefill.ValueKind == JsonValueKind.Object
            ? prefill.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String).ToDictionary(p => p.Name, p => p.Value.GetString()!)
            : [];
}

/// <summary>A button press, read.</summary>
public abstract record ButtonPress;

public sealed record StartFlowAction(string Flow, IReadOnlyDictionary<string, string> Prefill) : ButtonPress;

/// <summary>A form card's submit: <see cref="Values"/> holds the inputs' values by field name.</summary>
public sealed record FormStepAction(string Flow, string? FormId, JsonElement Values) : ButtonPress;

public sealed record ConfirmAction(string? FormId, bool Send) : ButtonPress;

/// <summary>A decision; a decline is final only once <see cref="Confirmed"/> (pressed on the "Decline … with reason …?" card).</summary>
public sealed record DecideAction(string RequestId, int Version, Decision Decision, string? Reason, bool Confirmed) : ButtonPress;

public sealed record OpenAction(string RequestId) : ButtonPress;

public sealed record FeedbackAction(string AnswerId, bool Helpful) : ButtonPress;
