using System.Net;
using System.Net.Http.Headers;
using GovernanceBot.BotFramework;

namespace GovernanceBot.Tests.BotFramework.Connector;

public sealed class ConnectorRetryRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ServerRequestedDelayIsHonouredUpToTheCap()
    {
        using var shortWait = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Headers = { RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(3)) } };
        using var longWait = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Headers = { RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromMinutes(5)) } };

        Assert.Equal(TimeSpan.FromSeconds(3), ConnectorRetryRules.ServerDelay(shortWait, TimeSpan.FromSeconds(10), Now));
        Assert.Equal(TimeSpan.FromSeconds(10), ConnectorRetryRules.ServerDelay(longWait, TimeSpan.FromSeconds(10), Now));
    }

    [Fact]
    public void RetryAfterAsADateIsMeasuredFromNow()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Headers = { RetryAfter = new RetryConditionHeaderValue(Now.AddSeconds(4)) } };

        Assert.Equal(TimeSpan.FromSeconds(4), ConnectorRetryRules.ServerDelay(response, TimeSpan.FromSeconds(10), Now));
    }

    [Fact]
    public void WithoutRetryAfterTheBackoffDecides()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);

        Assert.Null(ConnectorRetryRules.ServerDelay(response, TimeSpan.FromSeconds(10), Now));
    }

    [Theory]
    [InlineData("POST", HttpStatusCode.TooManyRequests, true)]
    [InlineData("POST", HttpStatusCode.PreconditionFailed, true)]
    [InlineData("POST", HttpStatusCode.BadGateway, false)]
    [InlineData("POST", HttpStatusCode.ServiceUnavailable, false)]
    [InlineData("PUT", HttpStatusCode.BadGateway, true)]
    [InlineData("GET", HttpStatusCode.GatewayTimeout, true)]
    [InlineData("DELETE", HttpStatusCode.InternalServerError, true)]
    [InlineData("GET", HttpStatusCode.Forbidden, false)]
    [InlineData("PUT", HttpStatusCode.Unauthorized, false)]
    [InlineData("POST", HttpStatusCode.RequestEntityTooLarge, false)]
    [InlineData("GET", HttpStatusCode.BadRequest, false)]
    public void RetryDependsOnMethodAndStatus(string method, HttpStatusCode status, bool retried)
    {
        using var response = new HttpResponseMessage(status);

        Assert.Equal(retried, ConnectorRetryRules.ShouldRetry(new HttpMethod(method), Polly.Outcome.FromResult(response)));
    }

    [Fact]
    public void NetworkFailureIsRetriedForReadsButNotForPosts()
    {
        var failure = Polly.Outcome.FromException<HttpResponseMessage>(new HttpRequestException("connection reset"));

        Assert.True(ConnectorRetryRules.ShouldRetry(HttpMethod.Get, failure));
        Assert.False(ConnectorRetryRules.ShouldRetry(HttpMethod.Post, failure));
    }
}
