using GovernanceBot.Knowledge;
using GovernanceBot.Knowledge.Answers;
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
    }

    public string DataPath { get; }

    public IndexReport FirstIndex { get; }

    public KnowledgeIndexer Indexer => services.GetRequiredService<KnowledgeIndexer>();

    public IAnswerEngine Engine => services.GetRequiredService<IAnswerEngine>();

    public static ServiceProvider Build(string dataPath, string? councilsPath = null, string? thesaurusPath = null)
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
