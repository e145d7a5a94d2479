using System.Net;
using System.Text;

using GovernanceBot.People;
using GovernanceBot.Tests.Requests.Workflow;

using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;

namespace GovernanceBot.Tests.People;

/// <summary>Graph cannot be reached here: a fake handler answers as Graph would, so the mapping and the fallbacks are what is tested.</summary>
public sealed class GraphCouncilDirectoryTests
{
    const string HeadOfPlanning = "11111111-1111-4111-8111-000000000006";
    const string Stranger = "99999999-9999-4999-8999-000000000001";

    readonly GraphStandIn graph = new();

    GraphCouncilDirectory Directory() => new(
        new GraphServiceClient(new HttpClient(graph), new AnonymousAuthenticationProvider(), "https://graph.test/v1.0"),
        FileCouncilDirectory.Load(WorkflowFixture.Catalog));

    [Fact]
    public async Task PersonComesFromEntraWithRolesFromTheDirectory()
    {
        graph.Users[HeadOfPlanning] = """{"id":"11111111-1111-4111-8111-000000000006","displayName":"Robin Shah-Entra","mail":"robin@tenant.example","jobTitle":"Head of Planning Services"}""";

        var person = await Directory().FindPersonAsync("derby", HeadOfPlanning, CancellationToken.None);

        Assert.Equal(("Robin Shah-Entra", "robin@tenant.example", "Head of Planning Services"), (person!.Name, person.Email, person.Title));
        Assert.True(person.Has(CouncilRoles.SeniorManager));
        Assert.Contains($"/users/{HeadOfPlanning}", graph.Requested);
    }

    [Fact]
    public async Task LineManagerComesFromEntra()
    {
        graph.Managers[HeadOfPlanning] = """{"@odata.type":"#microsoft.graph.user","id":"11111111-1111-4111-8111-000000000005","displayName":"Pat Okafor"}""";
        var headOfPlanning = FileCouncilDirectory.Load(WorkflowFixture.Catalog).Council("derby").ByAadObjectId(HeadOfPlanning)!;

        var manager = await Directory().FindLineManagerAsync("derby", headOfPlanning, CancellationToken.None);

        Assert.Equal("chief-executive", manager!.Id);
        Assert.Contains($"/users/{HeadOfPlanning}/manager", graph.Requested);
    }

    [Fact]
    public async Task WhereEntraHasNoRecordTheDirectoryAnswers()
    {
        var directory = Directory();
        var headOfPlanning = await directory.FindPersonAsync("derby", HeadOfPlanning, CancellationToken.None);

        var manager = await directory.FindLineManagerAsync("derby", headOfPlanning!, CancellationToken.None);
        var stranger = await directory.FindPersonAsync("derby", Stranger, CancellationToken.None);

        Assert.Equal("Robin Shah", headOfPlanning!.Name);
        Assert.Equal("strategic-director-communities", manager!.Id);
        Assert.Null(stranger);
    }

    [Fact]
    public async Task EntraUserUnknownToTheDirectoryIsAnOfficerWithNoRoles()
    {
        graph.Users[Stranger] = """{"id":"99999999-9999-4999-8999-000000000001","displayName":"New Starter","department":"Planning"}""";

        var person = await Directory().FindPersonAsync("derby", Stranger, CancellationToken.None);

        Assert.Equal(("New Starter", "Planning", true), (person!.Name, person.Service, person.IsOfficer));
        Assert.DoesNotContain(CouncilRoles.ChiefExecutive, person.Roles);
    }

    sealed class GraphStandIn : HttpMessageHandler
    {
        public Dictionary<string, string> Users { get; } = [];

        public Dictionary<string, string> Managers { get; } = [];

        public List<string> Requested { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var path = request.RequestUri!.AbsolutePath.Replace("/v1.0", "", StringComparison.Ordinal);
            Requested.Add(path);
            var segments = path.Trim('/').Split('/');
            var body = segments switch
            {
                ["users", var id] => Users.GetValueOrDefault(id),
                ["users", var id, "manager"] => Managers.GetValueOrDefault(id),
                _ => null,
            };
            return Task.FromResult(body is null
                ? new HttpResponseMessage(HttpStatusCode.NotFound)
                {
                    Content = new StringContent("""{"error":{"code":"Request_ResourceNotFound","message":"Not found"}}""", Encoding.UTF8, "application/json"),
                }
                : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
        }
    }
}
