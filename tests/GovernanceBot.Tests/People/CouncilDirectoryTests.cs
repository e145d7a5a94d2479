using GovernanceBot.People;
using GovernanceBot.Tests.Requests.Workflow;

namespace GovernanceBot.Tests.People;

public sealed class CouncilDirectoryTests
{
    static readonly FileCouncilDirectory Directory = FileCouncilDirectory.Load(WorkflowFixture.Catalog);

    [Theory]
    [InlineData("derby")]
    [InlineData("rushcliffe")]
    [InlineData("lbe")]
    public void SampleDirectoryHasTheStatutoryOfficersAndTwoToFourGroups(string council)
    {
        var people = Directory.Council(council);

        Assert.Single(people.WithRole(CouncilRoles.ChiefExecutive));
        Assert.Single(people.WithRole(CouncilRoles.MonitoringOfficer));
        Assert.Single(people.WithRole(CouncilRoles.ChiefFinanceOfficer));
        Assert.True(people.DefaultContact.Has(CouncilRoles.HeadOfDemocraticServices));
        Assert.InRange(people.Groups.Count, 2, 4);
        Assert.Single(people.Groups, g => g.Standing == GroupStanding.Controlling);
        Assert.All(people.Groups, g => Assert.True(people.LeaderOf(g).IsCouncillor));
        Assert.All(people.People, p => Assert.EndsWith($"@{council}.example", p.Email));
    }

    [Theory]
    [InlineData("11111111-1111-4111-8111-000000000001", "Alex Morgan", "labour", false)]
    [InlineData("11111111-1111-4111-8111-000000000002", "Sam Patel", "labour", true)]
    [InlineData("11111111-1111-4111-8111-000000000003", "Jo Clarke", "conservative", true)]
    [InlineData("11111111-1111-4111-8111-000000000004", "Chris Evans", "liberal-democrat", true)]
    public async Task DerbyHasThePlaygroundCouncillors(string aadObjectId, string name, string group, bool leads)
    {
        var person = await Directory.FindPersonAsync("derby", aadObjectId, CancellationToken.None);
        var people = Directory.Council("derby");

        Assert.Equal(name, person!.Name);
        Assert.True(person.IsCouncillor);
        Assert.Equal(group, people.GroupOf(person)!.Id);
        Assert.Equal(leads, people.GroupOf(person)!.LeaderId == person.Id);
    }

    [Fact]
    public async Task DerbyHasThePlaygroundChiefExecutiveAndHeadOfPlanning()
    {
        var chiefExecutive = await Directory.FindPersonAsync("derby", "11111111-1111-4111-8111-000000000005", CancellationToken.None);
        var headOfPlanning = await Directory.FindPersonAsync("derby", "11111111-1111-4111-8111-000000000006", CancellationToken.None);
        var manager = await Directory.FindLineManagerAsync("derby", headOfPlanning!, CancellationToken.None);

        Assert.Equal(("Pat Okafor", true), (chiefExecutive!.Name, chiefExecutive.Has(CouncilRoles.ChiefExecutive)));
        Assert.Equal(("Robin Shah", "Head of Planning", true), (headOfPlanning!.Name, headOfPlanning.Title, headOfPlanning.IsOfficer));
        Assert.Equal("Strategic Director of Communities and Place", manager!.Title);
    }

    [Fact]
    public void DirectoryNamingAnUnknownLineManagerIsAConfigurationError()
    {
        var path = Path.Combine(Path.GetTempPath(), $"directory-{Guid.NewGuid():n}.json");
        File.WriteAllText(path, """
            { "defaultContact": "a",
              "people": [ { "id": "a", "name": "A", "roles": ["officer"], "aadObjectId": "x", "lineManagerId": "nobody" } ] }
            """);
        try
        {
            var error = Assert.Throws<DirectoryConfigurationException>(() => DirectoryFile.Load("testshire", path));

            Assert.Contains("testshire", error.Message);
            Assert.Contains("nobody", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
