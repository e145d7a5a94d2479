using GovernanceBot.Knowledge.Configuration;
using GovernanceBot.Knowledge.Answers;
using GovernanceBot.Knowledge.Clauses;
using GovernanceBot.Knowledge.Councils;
using GovernanceBot.Knowledge.Examples;
using GovernanceBot.Knowledge.Gate;
using GovernanceBot.Knowledge.Index;
using GovernanceBot.Knowledge.Ingestion;
using GovernanceBot.Knowledge.Ranking;
using GovernanceBot.Knowledge.Retrieval;
using GovernanceBot.Knowledge.Semantic;
using GovernanceBot.Storage;
using Microsoft.Extensions.Options;

namespace GovernanceBot.Knowledge;

public static class KnowledgeExtensions
{
    /// <summary>
    /// The knowledge engine with its embedded defaults: councils from the councils folder, a Lucene index and clause
    /// vectors in the data folder, the sentence-embedding model, and the answer pipeline (retrieve, rank, gate, compose).
    /// </summary>
    public static IServiceCollection AddKnowledge(this IServiceCollection services)
    {
        services.AddOptions<KnowledgeOptions>().BindConfiguration(KnowledgeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section);
        services.AddSingleton<IValidateOptions<KnowledgeOptions>, KnowledgeOptionsValidator>();

        services.AddSingleton(sp => CouncilCatalog.Load(sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value.CouncilsPath));
        services.AddSingleton(sp => Thesaurus.Load(sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value.ThesaurusPath));
        services.AddSingleton(sp => Abbreviations.Load(sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value.AbbreviationsPath));
        services.AddDocumentReaders();
        services.AddSingleton<IClauseIndex>(sp => new LuceneClauseIndex(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.IndexPath,
            sp.GetRequiredService<Thesaurus>()));
        services.AddSingleton<KnowledgeIndexer>();
        services.AddSingleton(sp => VectorStore.Open(sp.GetRequiredService<IOptions<StorageOptions>>().Value.VectorsPath));
        services.AddSingleton<SemanticIndex>();
        services.AddSingleton<SemanticIndexer>();
        services.AddSingleton<ExampleMemory>();
        services.AddSingleton<IAskedBefore, AskedBeforeFiles>();

        services.AddSingleton(_ => AnswerModel.Embedded());
        services.AddSingleton(_ => new QuestionAdapters(QuestionAdapter.Embedded()));
        services.AddSingleton<IClauseRetriever, HybridRetriever>();
        services.AddSingleton<CandidateRanker>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value is var knowledge
            ? new AnswerGate(sp.GetRequiredService<AnswerModel>(), knowledge.MinimumCoverage, knowledge.MinimumConfidence)
            : throw new InvalidOperationException());
        services.AddSingleton<AnswerComposer>();
        services.AddSingleton<AnswerPipeline>();
        services.AddSingleton<IAnswerEngine>(sp => sp.GetRequiredService<AnswerPipeline>());
        services.AddSingleton<IClauseLookup, IndexClauseLookup>();
        services.AddSingleton<Calibration.Calibrator>();
        return services;
    }

    /// <summary>
    /// Indexes the councils' documents when the bot starts, so it answers from the current text: the lexical index
    /// before the host takes turns (the routing rules are checked against it), the clause vectors in the background.
    /// </summary>
    public static IServiceCollection AddKnowledgeIndexingOnStart(this IServiceCollection services) =>
        services.AddHostedService<IndexOnStart>().AddHostedService<SemanticIndexingOnStart>();

    /// <summary>Brings both indexes up to date now, for the command line.</summary>
    public static async Task<(IndexReport Lexical, SemanticReport Semantic)> UpdateIndexesAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        var lexical = services.GetRequiredService<KnowledgeIndexer>().Update();
        var semantic = await services.GetRequiredService<SemanticIndexer>().UpdateAsync(cancellationToken);
        return (lexical, semantic);
    }
}

/// <summary>Names the missing folder or file at startup instead of failing on the first question.</summary>
sealed class KnowledgeOptionsValidator : IValidateOptions<KnowledgeOptions>
{
    public ValidateOptionsResult Validate(string? name, KnowledgeOptions options)
    {
        var failures = new List<string>();
        if (!Directory.Exists(options.CouncilsPath))
        {
            failures.Add($"Knowledge:CouncilsPath '{options.CouncilsPath}' is not a folder.");
        }

        if (!File.Exists(options.ThesaurusPath))
        {
            failures.Add($"Knowledge:ThesaurusPath '{options.ThesaurusPath}' does not exist.");
        }

        if (!File.Exists(options.AbbreviationsPath))
        {
            failures.Add($"Knowledge:AbbreviationsPath '{options.AbbreviationsPath}' does not exist.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
