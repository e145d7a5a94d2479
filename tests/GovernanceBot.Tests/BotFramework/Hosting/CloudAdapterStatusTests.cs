using System.Net;
using System.Text.Json;
using GovernanceBot.BotFramework;
using GovernanceBot.Tests.BotFramework.Support;

namespace GovernanceBot.Tests.BotFramework.Hosting;

public sealed class CloudAdapterStatusTests
{
    [Theory]
    [InlineData("{\"type\":\"message\",")]
    [InlineData("not json at all")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("{\"text\":\"no type here\"}")]
    [InlineData("{\"type\":\"\"}")]
    [InlineData("{\"type\":\"message\",\"membersAdded\":\"not a list\"}")]
    public async Task BodyThatIsNotAnActivityGets400AndNeverReachesTheBot(string body)
    {
        await using var host = await BotHost.StartLocalAsync(IPAddress.Loopback);

        var response = await host.Client.SendAsync(Activities.Post(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(host.Bot.Turns);
    }

    [Fact]
    public async Task BodyOverTheLimitGets413AndNeverReachesTheBot()
    {
        await using var host = await BotHost.StartLocalAsync(IPAddress.Loopback);

        var response = await host.Client.SendAsync(Activities.Post(Activities.Message(new string('x', 1024 * 1024))));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(host.Bot.Turns);
    }

    [Fact]
    public async Task UnknownActivityTypeReachesTheBotAndGets200()
    {
        await using var host = await BotHost.StartLocalAsync(IPAddress.Loopback);
        var activity = Activities.Message();
        activity.Type = "somethingNew";

        var response = await host.Client.SendAsync(Activities.Post(activity));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        Assert.Equal("somethingNew", Assert.Single(host.Bot.Turns).Activity.Type);
    }

    [Fact]
    public async Task InvokeTheBotAnsweredGets200WithTheBody()
    {
        await using var host = await BotHost.StartLocalAsync(IPAddress.Loopback);
        var activity = Activities.Message();
        activity.Type = ActivityTypes.Invoke;
        activity.Name = "respond";

        var response = await host.Client.SendAsync(Activities.Post(activity));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("application/vnd.microsoft.activity.message", body.RootElement.GetProperty("type").GetString());
        Assert.Equal("done", body.RootElement.GetProperty("value").GetString());
    }

    [Fact]
    public async Task InvokeTheBotDidNotAnswerGets501()
    {
        await using var host = await BotHost.StartLocalAsync(IPAddress.Loopback);
        var activity = Activities.Message();
        activity.Type = ActivityTypes.Invoke;
        activity.Name = "composeExtension/query";

        var response = await host.Client.SendAsync(Activities.Post(activity));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Single(host.Bot.Turns);
    }

    [Fact]
    public async Task ExpectRepliesReturnsTheRepliesInTheResponse()
    {
        await using var host = await BotHost.StartLocalAsync(IPAddress.Loopback);
        var activity = Activities.Message("ping");
        activity.DeliveryMode = "expectReplies";

        var response = await host.Client.SendAsync(Activities.Post(activity));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var replies = body.RootElement.GetProperty("activities").EnumerateArray().ToList();
        Assert.Equal(["typing", "message"], replies.Select(r => r.GetProperty("type").GetString()));
        var reply = replies[1];
        Assert.Equal("pong", reply.GetProperty("text").GetString());
        Assert.Equal("a:personal-chat", reply.GetProperty("conversation").GetProperty("id").GetString());
    }
}
