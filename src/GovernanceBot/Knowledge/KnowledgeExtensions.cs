using GovernanceBot.Knowledge.Configuration;
using GovernanceBot.Knowledge.Answers;
using GovernanceBot.Knowledge.Clauses;
using GovernanceBot.Knowledge.Councils;
using GovernanceBot.Knowledge.Index;
using GovernanceBot.Knowledge.Ingestion;
using GovernanceBot.Storage;
using Microsoft.Extensions.Options;

namespace GovernanceBot.Knowledge;

public static class KnowledgeExtensions
{
    /// <summary>
    /// The knowledge engine with its embedded defaults: councils from the councils folder, a Lucene index in
    /// the data folder, the domain thesaurus, and the answer engine.
    /// </summary>
    public static IServiceCollection AddKnowledge(this IServiceCollection services)
    {
        services.AddOptions<KnowledgeOptions>().BindConfiguration(KnowledgeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section);
        services.AddSingleton<IValidateOptions<KnowledgeOptions>, KnowledgeOptionsValidator>();

        services.AddSingleton(sp => CouncilCatalog.Load(sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value.CouncilsPath));
        services.AddSingleton(sp => Thesaurus.Load(sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value.ThesaurusPath));
        services.AddDocumentReaders();
        services.AddSingleton<IClauseIndex>(sp => new LuceneClauseIndex(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.IndexPath,
            sp.GetRequiredService<Thesaurus>()));
        services.AddSingleton<KnowledgeIndexer>();
        services.AddSingleton<AnswerEngine>();
        services.AddSingleton<IAnswerEngine>(sp => sp.GetRequiredService<AnswerEngine>());
        services.AddSingleton<IClauseLookup, IndexClauseLookup>();
        return services;
    }

    /// <summary>Indexes the councils' documents when the bot starts, so it answers from the current text.</summary>
    public static IServiceCollection AddKnowledgeIndexingOnStart(this IServiceCollection services) =>
        services.AddHostedService<IndexOnStart>();
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

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
