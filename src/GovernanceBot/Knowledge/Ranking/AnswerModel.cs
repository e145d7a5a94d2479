using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovernanceBot.Knowledge.Ranking;

/// <summary>
/// The fitted models (answer-model.json, written by the calibrate command from the tuning sets and shipped inside the
/// app): the ranker; the coverage gate, the probability that the documents answer the question at all, with the
/// threshold below which the bot hands off; the confidence gate, the probability that the first clause is the right
/// one, with the threshold below which an answer says it is unsure; and a record of what they were fitted on. The
/// coverage threshold has a second value for a council with no questions asked before in the example memory.
/// </summary>
public sealed record AnswerModel(
    LinearModel Ranker,
    LinearModel Coverage,
    double CoverageThreshold,
    double NewCouncilCoverageThreshold,
    LinearModel Confidence,
    double ConfidenceThreshold,
    IReadOnlyList<string> FittedOn,
    string Report)
{
    public const string ResourceName = "GovernanceBot.Knowledge.Ranking.answer-model.json";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };

    /// <summary>The model shipped with the app.</summary>
    public static AnswerModel Embedded()
    {
        using var stream = typeof(AnswerModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The app carries no {ResourceName}.");
        return Read(stream);
    }

    public static AnswerModel Read(Stream stream)
    {
        var model = JsonSerializer.Deserialize<AnswerModel>(stream, Json) ?? throw new InvalidOperationException("The answer model is empty.");
        model.Ranker.Validate(CandidateFeatures.Names, "ranker");
        model.Coverage.Validate(GateFeatures.Names, "coverage gate");
        model.Confidence.Validate(GateFeatures.Names, "confidence gate");
        return model;
    }

    public void Write(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Json) + "\n");
}
