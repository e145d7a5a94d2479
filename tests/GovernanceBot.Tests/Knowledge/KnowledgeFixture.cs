using GovernanceBot.Knowledge;
using System.Collections.Concurrent;
using GovernanceBot.Knowledge.Answers;
using GovernanceBot.Knowledge.Evaluation;
using GovernanceBot.Knowledge.Index;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceBot.Tests.Knowledge;

/// <summary>The knowledge engine over the shipped sample councils, indexed into a temporary data folder.</summary>
public sealed class KnowledgeFixture : IDisposable
{
    readonly ServiceProvider services;

    public KnowledgeFixture()
    {
        DataPath = Path.Combine(Path.GetTempPath(), "gb-knowledge-" + Guid.NewGuid().ToString("N"));
        services = Build(DataPath);
        FirstIndex = Indexer.Update();
        services.GetRequiredService<GovernanceBot.Knowledge.Semantic.SemanticIndexer>().UpdateAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    readonly ConcurrentDictionary<string, Lazy<EvalReport>> reports = new();

    public string DataPath { get; }

    public IndexReport FirstIndex { get; }

    public KnowledgeIndexer Indexer => services.GetRequiredService<KnowledgeIndexer>();

    public IAnswerEngine Engine => services.GetRequiredService<IAnswerEngine>();

    public IServiceProvider Services => services;

    public AnswerPipeline Pipeline => services.GetRequiredService<AnswerPipeline>();

    public GovernanceBot.Knowledge.Calibration.Calibrator Calibrator => services.GetRequiredService<GovernanceBot.Knowledge.Calibration.Calibrator>();

    /// <summary>One evaluation of a file per test run, however many tests read it.</summary>
    public EvalReport Evaluate(string questionsFile) =>
        reports.GetOrAdd(questionsFile, f => new Lazy<EvalReport>(() =>
            new Evaluator(Engine, services.GetRequiredService<GovernanceBot.Knowledge.Semantic.ExampleMemory>())
                .RunAsync(Path.GetFileNameWithoutExtension(f), EvalQuestion.ReadFile(f), CancellationToken.None).GetAwaiter().GetResult())).Value;

    /// <summary>Both indexes of a freshly built provider brought up to date, as the bot does at start.</summary>
    public static async Task UpdateAsync(IServiceProvider services) => await services.UpdateIndexesAsync(CancellationToken.None);

    public static ServiceProvider Build(string dataPath, string? councilsPath = null, string? thesaurusPath = null, string? examplesPath = null)
    {
        var settings = new Dictionary<string, string?> { ["Storage:DataPath"] = dataPath };
        if (councilsPath is not null)
        {
            settings["Knowledge:CouncilsPath"] = councilsPath;
        }

        if (thesaurusPath is not null)
        {
            settings["Knowledge:ThesaurusPath"] = thesaurusPath;
        }

        if (examplesPath is not null)
        {
            settings["Knowledge:ExamplesPath"] = examplesPath;
        }

        return new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddLogging()
            .AddKnowledge()
            .BuildServiceProvider();
    }

    public void Dispose()
    {
        services.Dispose();
        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // a temp folder left behind is harmless
        }
    }
}

[CollectionDefinition(Name)]
public sealed class KnowledgeCollection : ICollectionFixture<KnowledgeFixture>
{
    public const string Name = "knowledge";
}
