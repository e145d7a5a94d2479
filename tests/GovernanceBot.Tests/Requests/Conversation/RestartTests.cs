using GovernanceBot.Requests.Contract;
using GovernanceBot.Requests.Workflow;
using GovernanceBot.Tests.Channel;
using Microsoft.Data.Sqlite;
using static GovernanceBot.Tests.Requests.Conversation.Derby;

namespace GovernanceBot.Tests.Requests.Conversation;

public sealed class RestartTests : IDisposable
{
    readonly string data = Directory.CreateTempSubdirectory("governancebot-restart-").FullName;

    [Fact]
    public async Task ADialogResumesWhereItWasOnANewHostOnTheSameData()
    {
        const string chat = "restart";
        var first = new BotApp(data);
        await first.InitializeAsync();
        await first.SayAsync(LabourCouncillor, chat, "request a briefing");
        await first.SayAsync(LabourCouncillor, chat, "written report");
        await first.DisposeAsync();

        var second = new BotApp(data);
        await second.InitializeAsync();
        try
        {
            var next = Assert.Single(await second.SayAsync(LabourCouncillor, chat, "housing"));
            Assert.Equal("What is the subject?", next.Text);
            var confirm = Assert.Single(await second.SayAsync(LabourCouncillor, chat, "empty homes"));
            Assert.Contains("Written report", Texts(confirm), StringComparison.Ordinal);
            Assert.Contains("facts and professional advice", Texts(confirm), StringComparison.Ordinal);
        }
        finally
        {
            await second.DisposeAsync();
        }
    }

    [Fact]
    public async Task ADeclineWaitingForItsReasonTakesItOnANewHost()
    {
        const string chat = "restart-decline";
        var first = new BotApp(data);
        await first.InitializeAsync();
        var request = await AttendanceRequestAsync(first);
        await first.SubmitAsync(ChiefExecutive, chat, Decide(request, "Decline"));
        await first.DisposeAsync();

        var second = new BotApp(data);
        await second.InitializeAsync();
        try
        {
            Assert.Single(await second.SayAsync(ChiefExecutive, chat, "The subject is too political."));
            var declined = Assert.Single(await second.SayAsync(ChiefExecutive, chat, "yes"));
            Assert.Contains("Declined by you on", Texts(declined), StringComparison.Ordinal);
        }
        finally
        {
            await second.DisposeAsync();
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(data, recursive: true);
    }
}
