namespace GovernanceBot.Tests.Support;

/// <summary>The checkout the tests run from, found by walking up to the solution file.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "GovernanceBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No GovernanceBot.sln above {AppContext.BaseDirectory}.");
    }
}
