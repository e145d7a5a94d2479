using System.ComponentModel.DataAnnotations;

namespace GovernanceBot.Knowledge.Configuration;

/// <summary>Where the councils and the domain vocabulary live, and how sure the bot must be before it answers.</summary>
public sealed class KnowledgeOptions
{
    public const string Section = "Knowledge";

    /// <summary>The folder of council folders (each with a council.json and its documents).</summary>
    [Required]
    public string CouncilsPath { get; set; } = Path.Combine(AppContext.BaseDirectory, "councils");

    [Required]
    public string ThesaurusPath { get; set; } = Path.Combine(AppContext.BaseDirectory, "Knowledge", "Index", "thesaurus.txt");

    /// <summary>
    /// The folder of questions asked before (JSON lines, as eval/ files: council, question, expect, gold): the answer
    /// gates read whether a new question at a council is nearer to one its documents did not cover than to one they did.
    /// Shipped with the repository's tuning sets; a missing folder means no examples.
    /// </summary>
    [Required]
    public string ExamplesPath { get; set; } = Path.Combine(AppContext.BaseDirectory, "Knowledge", "Examples");

    [Required]
    public string AbbreviationsPath { get; set; } = Path.Combine(AppContext.BaseDirectory, "Knowledge", "Retrieval", "abbreviations.txt");

    /// <summary>
    /// The coverage gate's threshold: the probability, from the calibrated model, that the council's documents answer the
    /// question at all, below which the bot hands off to Democratic Services. Unset, the calibrated threshold shipped with
    /// the model is used (the lowest that declined 97% of the uncovered tuning questions under cross-validation).
    /// </summary>
    [Range(0.0, 1.0)]
    public double? MinimumCoverage { get; set; }

    /// <summary>
    /// The confidence gate's threshold: the probability that the first clause is the right one, below which an answer
    /// says it may not be and points to the other clauses and Democratic Services. Unset, the calibrated threshold is used
    /// (the lowest at which 90% of confident tuning answers were right under cross-validation).
    /// </summary>
    [Range(0.0, 1.0)]
    public double? MinimumConfidence { get; set; }

    /// <summary>Longer questions are refused with a message rather than searched.</summary>
    [Range(20, 10_000)]
    public int MaxQuestionLength { get; set; } = 1000;
}
