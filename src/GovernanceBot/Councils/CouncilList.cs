using GovernanceBot.Knowledge.Councils;

namespace GovernanceBot.Councils;

static class CouncilList
{
    public static string Describe(CouncilCatalog catalog) =>
        $"Councils I know: {string.Join(", ", catalog.Councils.Select(council => $"{council.Id} ({council.DisplayName})"))}.";
}
