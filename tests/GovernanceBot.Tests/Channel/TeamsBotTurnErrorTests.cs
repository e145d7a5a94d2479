using GovernanceBot.BotFramework;
using GovernanceBot.Knowledge.Answers;
using GovernanceBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace GovernanceBot.Tests.Channel;

public sealed class TeamsBotTurnErrorTests : IAsyncLifetime
{
    const string Secret = "connection string Password=hunter2";

    readonly BotApp app = new(services => services.Replace(ServiceDescriptor.Singleton<IAnswerEngine, FailingEngine>()));

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task FailedTurnGivesAReferenceAndNoExceptionText()
    {
        var reply = (await app.TurnAsync(app.Message("broken", "Can an officer attend our group meeting?"))).Last();

        var text = reply.Text ?? "";
        Assert.Matches(@"^Something went wrong on my side \(ref (?<ref>[0-9a-f]{8})\)\. Please try again\.$", text);
        Assert.DoesNotContain("hunter2", text, StringComparison.Ordinal);
        var reference = System.Text.RegularExpressions.Regex.Match(text, @"ref (?<ref>[0-9a-f]{8})").Groups["ref"].Value;
        Assert.Contains(app.Logs.Entries, entry => entry.Level == LogLevel.Error && entry.Message.Contains(reference, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AFailedTurnThatIsNotTheStatesFaultResetsNoState()
    {
        await Install("broken-state");
        await Install("healthy-state");

        await app.TurnAsync(app.Message("broken-state", "Can an officer attend our group meeting?"));

        var state = app.Services.GetRequiredService<ConversationState>();
        Assert.True((await state.LoadAsync("msteams", "broken-state", CancellationToken.None)).Get<bool>("welcomed"));
        Assert.True((await state.LoadAsync("msteams", "healthy-state", CancellationToken.None)).Get<bool>("welcomed"));
    }

    async Task Install(string conversationId)
    {
        var install = app.Message(conversationId, null);
        install.Type = ActivityTypes.InstallationUpdate;
        install.Action = "add";
        Assert.Single(await app.TurnAsync(install));
    }

    sealed class FailingEngine : IAnswerEngine
    {
        public Answer Ask(string councilId, string question) => throw new InvalidOperationException(Secret);
    }
}
