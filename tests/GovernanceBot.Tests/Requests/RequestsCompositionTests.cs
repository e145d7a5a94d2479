using GovernanceBot.Tests.Requests.Workflow;
using GovernanceBot.Knowledge.Clauses;
using GovernanceBot.Knowledge.Councils;
using GovernanceBot.Notifications;
using GovernanceBot.Requests;
using GovernanceBot.Requests.Contract;
using GovernanceBot.Requests.Workflow;
using GovernanceBot.Routing;
using GovernanceBot.Storage;
using GovernanceBot.Tests.Routing;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GovernanceBot.Tests.Requests;

public sealed class RequestsCompositionTests : IDisposable
{
    readonly string folder = Path.Combine(Path.GetTempPath(), "governancebot-tests", Guid.NewGuid().ToString("n"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (System.IO.Directory.Exists(folder))
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task HostWithTheWorkflowStartsChecksItsRulesAndDeliversLocally()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddRequestWorkflow();
        builder.Services.AddSingleton<IClauseLookup>(sp => new DocumentTextClauseLookup(sp.GetRequiredService<CouncilCatalog>()));
        builder.Services.AddSingleton(sp => new SqliteDatabase(Path.Combine(folder, "governancebot.db"), sp.GetServices<ISchema>()));
        using var host = builder.Build();

        await host.StartAsync();
        var workflow = host.Services.GetRequiredService<RequestWorkflow>();
        var result = await workflow.SubmitAsync(new Submission("derby", Samples.Attendance()), "11111111-1111-4111-8111-000000000001", CancellationToken.None);
        await host.Services.GetRequiredService<NotificationDispatcher>().DispatchPendingAsync(CancellationToken.None);
        await host.StopAsync();

        Assert.Equal(SubmitOutcome.Submitted, result.Outcome);
        Assert.IsType<LocalOutboxChannel>(host.Services.GetRequiredService<INotificationChannel>());
        Assert.Equal(3, host.Services.GetServices<ISchema>().Count());
        Assert.Equal(0, await host.Services.GetRequiredService<Outbox>().PendingCountAsync(CancellationToken.None));
        Assert.Equal(RoutingFlow.OfficerAttendance, result.Request!.Flow);
    }
}
