using System.Reflection;
using GovernanceBot.Tests.Support;

namespace GovernanceBot.Tests.Infra;

/// <summary>The Bicep CLI restored from NuGet by the test project (see GovernanceBot.Tests.csproj).</summary>
public static class BicepCli
{
    public static string Path
    {
        get
        {
            var path = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(attribute => attribute.Key == "BicepCli").Value!;
            return OperatingSystem.IsWindows() ? path + ".exe" : path;
        }
    }

    public static Task<CommandResult> RunAsync(params string[] arguments)
    {
        var cli = Path;
        if (!File.Exists(cli))
        {
            throw new FileNotFoundException($"The Bicep CLI was not restored at {cli}; run dotnet restore.", cli);
        }

        // NuGet does not keep the executable bit when it extracts a package.
        if (!OperatingSystem.IsWindows() && !File.GetUnixFileMode(cli).HasFlag(UnixFileMode.UserExecute))
        {
            File.SetUnixFileMode(cli, File.GetUnixFileMode(cli) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }

        return ExternalCommand.RunAsync(cli, arguments, RepositoryRoot.Path);
    }
}
