using System.CommandLine;
using GovernanceBot.Knowledge;
using Microsoft.Extensions.Options;

namespace GovernanceBot.Cli;

/// <summary>The services a command needs, configured as the bot is (appsettings.json, environment) plus --data.</summary>
static class CliServices
{
    public static readonly Option<DirectoryInfo?> DataOption = new("--data")
    {
        Description = "The data folder (index and database); overrides Storage:DataPath.",
    };

    public static ServiceProvider Build(ParseResult result)
    {
        var overrides = new Dictionary<string, string?>();
        if (result.GetValue(DataOption) is { } data)
        {
            overrides["Storage:DataPath"] = data.FullName;
        }

        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides)
            .Build();

        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddKnowledge()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        _ = services.GetRequiredService<IOptions<KnowledgeOptions>>().Value; // names a missing folder or file now
        return services;
    }

    /// <summary>Runs a command body, turning the errors a user can cause into a message and exit code 2.</summary>
    public static int Run(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception e) when (e is CliException or Knowledge.Evaluation.EvalFileException or OptionsValidationException or Knowledge.Councils.CouncilConfigurationException
            or Knowledge.Answers.UnknownCouncilException or Knowledge.Answers.InvalidQuestionException or Knowledge.Index.IndexInUseException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
    }
}

/// <summary>A problem with what the user asked the command to do, reported as a message, never a stack trace.</summary>
sealed class CliException(string message) : Exception(message);
