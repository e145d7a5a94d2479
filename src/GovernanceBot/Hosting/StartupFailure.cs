using System.Reflection;
using System.Text.RegularExpressions;

using GovernanceBot.Storage;

using Microsoft.Extensions.Options;

namespace GovernanceBot.Hosting;

/// <summary>
/// Turns a configuration mistake found at start-up (or storage laid out by a newer build) into one line on stderr and
/// exit code 2, so whoever deploys sees what to fix rather than a stack trace (and the exit code tells a script or a
/// host that retrying will not help).
/// </summary>
public static partial class StartupFailure
{
    public const int ExitCode = 2;

    /// <summary>
    /// Runs every options check registered with <c>ValidateOnStart</c> now, before the host starts anything, then the
    /// storage layout checks (a newer build's database or tables refuse this build).
    /// </summary>
    public static void ValidateConfiguration(IServiceProvider services)
    {
        services.GetRequiredService<IStartupValidator>().Validate();
        foreach (var check in services.GetServices<IStorageLayoutCheck>())
        {
            check.CheckAsync(CancellationToken.None).GetAwaiter().GetResult();
        }
    }

    public static bool IsConfigurationMistake(Exception exception) => Describe(exception) is not null;

    /// <summary>Writes the one line for a configuration mistake and returns the exit code.</summary>
    public static int Report(Exception exception, TextWriter error)
    {
        error.WriteLine(Unwrap(exception) is StorageLayoutException layout
            ? $"Unsupported storage layout: {layout.Message}"
            : $"Invalid configuration: {Describe(exception)}");
        return ExitCode;
    }

    static string? Describe(Exception exception) => exception switch
    {
        InvalidConfigurationException invalid => invalid.Message,
        StorageLayoutException layout => layout.Message,
        OptionsValidationException options => string.Join(" ", options.Failures.Select(failure => Sentence(options.OptionsType, failure)).Distinct()),
        AggregateException many when many.InnerExceptions.All(e => Describe(e) is not null) =>
            string.Join(" ", many.InnerExceptions.Select(Describe)),
        // The configuration binder names the key it could not convert ("Failed to convert configuration value at 'X' ...").
        InvalidOperationException binding when binding.Source == "Microsoft.Extensions.Configuration.Binder" => OneLine(binding.Message),
        _ => null,
    };

    static Exception Unwrap(Exception exception) =>
        exception is AggregateException { InnerExceptions.Count: 1 } one ? Unwrap(one.InnerExceptions[0]) : exception;

    static string Sentence(Type optionsType, string failure)
    {
        var line = OneLine(failure);
        if (DataAnnotationFailure().Match(line) is { Success: true } annotation)
        {
            // Data annotations name the property and its class; whoever deploys sets a key, so name the key.
            var error = annotation.Groups["error"].Value;
            line = Section(optionsType) is { } section && !error.Contains(section + ":", StringComparison.Ordinal)
                ? $"{section}:{annotation.Groups["member"].Value}: {error}"
                : error;
        }

        return line.EndsWith('.') ? line : line + ".";
    }

    // Every options class here declares its configuration section as a constant named Section or SectionName.
    static string? Section(Type optionsType) =>
        optionsType.GetFields(BindingFlags.Public | BindingFlags.Static)
            .FirstOrDefault(field => field is { IsLiteral: true, Name: "Section" or "SectionName" })?.GetRawConstantValue() as string;

    [GeneratedRegex(@"^DataAnnotation validation failed for '[^']*' members: '(?<member>[^']*)' with the error: '(?<error>.*)'\.$")]
    private static partial Regex DataAnnotationFailure();

    static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
