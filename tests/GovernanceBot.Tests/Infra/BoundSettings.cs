using System.Collections;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GovernanceBot.Tests.Infra;

/// <summary>
/// What the app's options hold once configured: every options class the app registers, read back through
/// <see cref="IOptions{TOptions}"/> and flattened to configuration keys (its section, then property names or their
/// <see cref="ConfigurationKeyNameAttribute"/>) with the values bound to them.
/// </summary>
static class BoundSettings
{
    public static Dictionary<string, string> Read(IServiceProvider services)
    {
        var bound = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var optionsTypes = new[] { typeof(Program).Assembly, typeof(GovernanceBot.BotFramework.CloudAdapter).Assembly }
            .SelectMany(assembly => assembly.GetExportedTypes())
            .Where(type => type is { IsClass: true, IsAbstract: false } && type.Name.EndsWith("Options", StringComparison.Ordinal));
        foreach (var type in optionsTypes)
        {
            if (!services.GetServices(typeof(IConfigureOptions<>).MakeGenericType(type)).Any())
            {
                continue;
            }

            var options = services.GetRequiredService(typeof(IOptions<>).MakeGenericType(type)).GetType().GetProperty("Value")!
                .GetValue(services.GetRequiredService(typeof(IOptions<>).MakeGenericType(type)));
            Flatten(Section(type), options, bound, depth: 0);
        }

        return bound;
    }

    // Options classes here name their section in a constant Section or SectionName; none means the top level.
    static string Section(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .FirstOrDefault(field => field is { IsLiteral: true, Name: "Section" or "SectionName" })?.GetRawConstantValue() as string ?? "";

    static void Flatten(string prefix, object? value, Dictionary<string, string> bound, int depth)
    {
        if (value is null || depth > 4)
        {
            return;
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p is { CanRead: true, CanWrite: true }))
        {
            var name = property.GetCustomAttribute<ConfigurationKeyNameAttribute>()?.Name ?? property.Name;
            var key = prefix.Length == 0 ? name : $"{prefix}:{name}";
            var item = property.GetValue(value);
            if (item is null or IEnumerable and not string)
            {
                continue;
            }

            if (Type.GetTypeCode(item.GetType()) != TypeCode.Object || item is TimeSpan or Uri or Guid)
            {
                bound[key] = Convert.ToString(item, CultureInfo.InvariantCulture)!;
            }
            else
            {
                Flatten(key, item, bound, depth + 1);
            }
        }
    }
}
