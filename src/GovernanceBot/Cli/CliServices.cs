using GovernanceBot.Knowledge.Configuration;
using System.CommandLine;
using GovernanceBot.Audit;
using GovernanceBot.Knowledge;
using GovernanceBot.Knowledge.Councils;
using GovernanceBot.Notifications;
using GovernanceBot.People;
using GovernanceBot.Storage;
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
        var configuration = Configuration(result);
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddKnowledge()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        _ = services.GetRequiredService<IOptions<KnowledgeOptions>>().Value; // names a missing folder or file now
        return services;
    }

    /// <summary>The audit log the bot writes: in Azure Storage when <c>Storage:Azure</c> is set, else in the data folder's database.</summary>
    public static AuditLog OpenAuditLog(ParseResult result) => AzureAccount(result) is { } account
        ? new AuditLog(new TableAuditRecords(account))
        : new AuditLog(new SqliteAuditRecords(OpenExistingDatabase(result)));

    /// <summary>The outbox the bot writes, from the same store as <see cref="OpenAuditLog"/>.</summary>
    public static Outbox OpenOutbox(ParseResult result) => AzureAccount(result) is { } account
        ? new Outbox(new TableOutboxRecords(account))
        : new Outbox(new SqliteOutboxRecords(OpenExistingDatabase(result)));

    static AzureStorageAccount? AzureAccount(ParseResult result)
    {
        var storage = new StorageOptions();
        Configuration(result).GetSection(StorageOptions.Section).Bind(storage);
        return storage.Azure.IsConfigured ? new AzureStorageAccount(storage.Azure) : null;
    }

    /// <summary>
    /// The existing database in the data folder, with the outbox and audit tables, for the commands that read what
    /// the bot recorded. A missing database is the user's error (a wrong <c>--data</c>), not an empty result.
    /// </summary>
    static SqliteDatabase OpenExistingDatabase(ParseResult result)
    {
        var storage = new StorageOptions();
        Configuration(result).GetSection(StorageOptions.Section).Bind(storage);
        if (!File.Exists(storage.DatabasePath))
        {
            throw new CliException($"There is no database at '{storage.DatabasePath}'; pass the bot's data folder with --data.");
        }

        return new SqliteDatabase(storage.DatabasePath, [new NotificationsSchema(), new AuditSchema()]);
    }

    /// <summary>
    /// The council directories in <c>Knowledge:CouncilsPath</c>, as the bot reads them (the files, never Graph), or null
    /// when that folder does not exist: a command that only adds names from it still lists without them.
    /// </summary>
    public static FileCouncilDirectory? OpenDirectory(ParseResult result)
    {
        var folder = new CouncilFolderOptions();
        Configuration(result).GetSection(CouncilFolderOptions.Section).Bind(folder);
        if (!System.IO.Directory.Exists(folder.CouncilsPath))
        {
            return null;
        }

        try
        {
            return FileCouncilDirectory.Load(CouncilCatalog.Load(folder.CouncilsPath));
        }
        catch (Exception e) when (e is CouncilConfigurationException or DirectoryConfigurationException)
        {
            throw new CliException(e.Message);
        }
    }

    /// <summary>A <c>--council</c> the app does not know is the user's error, not an empty listing.</summary>
    public static void CheckCouncil(ParseResult result, string? councilId)
    {
        if (councilId is null)
        {
            return;
        }

        var folder = new CouncilFolderOptions();
        Configuration(result).GetSection(CouncilFolderOptions.Section).Bind(folder);
        var known = System.IO.Directory.Exists(folder.CouncilsPath) ? CouncilCatalog.Load(folder.CouncilsPath).Councils.Select(c => c.Id).ToList() : [];
        if (!known.Contains(councilId, StringComparer.Ordinal))
        {
            throw new CliException($"there is no council '{councilId}'. Councils: {string.Join(", ", known)}.");
        }
    }

    static IConfiguration Configuration(ParseResult result)
    {
        var overrides = new Dictionary<string, string?>();
        if (result.GetValue(DataOption) is { } data)
        {
            overrides["Storage:DataPath"] = data.FullName;
        }

        return new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides)
            .Build();
    }

    /// <summary>Runs an asynchronous command body, turning the errors a user can cause into a message and exit code 2.</summary>
    public static async Task<int> RunAsync(Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (Exception e) when (IsUserError(e))
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
    }

    /// <summary>Runs a command body, turning the errors a user can cause into a message and exit code 2.</summary>
    public static int Run(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception e) when (IsUserError(e))
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
    }

    static bool IsUserError(Exception e) =>
        e is CliException or Knowledge.Evaluation.EvalFileException or OptionsValidationException or Knowledge.Councils.CouncilConfigurationException
            or Knowledge.Answers.UnknownCouncilException or Knowledge.Answers.InvalidQuestionException or Knowledge.Index.IndexInUseException;
}

/// <summary>A problem with what the user asked the command to do, reported as a message, never a stack trace.</summary>
sealed class CliException(string message) : Exception(message);
