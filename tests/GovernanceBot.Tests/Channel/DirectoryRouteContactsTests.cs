using GovernanceBot.Channel;
using GovernanceBot.People;
using GovernanceBot.Tests.Requests.Workflow;

namespace GovernanceBot.Tests.Channel;

public sealed class DirectoryRouteContactsTests
{
    static readonly DirectoryRouteContacts Contacts = new(FileCouncilDirectory.Load(WorkflowFixture.Catalog));

    [Fact]
    public void PostNamedWithItsRoleIsFoundByTheRole()
    {
        var contact = Contacts.Find("derby", "Director of Legal, Procurement and Democratic Services (Monitoring Officer)");

        Assert.Equal("Lee Harrow", contact?.Name);
        Assert.Equal("Director of Legal, Procurement and Democratic Services (Monitoring Officer)", contact?.Role);
    }

    [Theory]
    [InlineData("Director of Legal and Democratic Services")]
    [InlineData("Strategic Director of Corporate Resources (the lead for audit)")]
    public void RoleTheDirectoryDoesNotHoldNamesNobody(string role) => Assert.Null(Contacts.Find("derby", role));
}
