using System.Diagnostics;
using System.Net;
using System.Text;

namespace GovernanceBot.Load;

/// <summary>What became of one posted turn.</summary>
enum TurnOutcome
{
    Answered,
    NonOk,
    MissingReply,
    Timeout,
    Failed,
}

/// <summary>One turn: the message posted to /api/messages, then the bot's reply awaited at the connector.</summary>
readonly record struct Turn(TurnOutcome Outcome, double ReplyMs, double ResponseMs, bool CitesAClause, string? Detail = null, long RepliedAt = 0, bool Help = false);

/// <summary>Posts Teams-shaped messages to the bot and times each until its reply reaches the connector.</summary>
sealed class TurnPoster(HttpClient http, Uri endpoint, ReplyConnector connector)
{
    // Guards, not targets: a turn slower than this is an error in the report.
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan ReplyGrace = TimeSpan.FromSeconds(5);

    public async Task<Turn> PostAsync(int conversation, string question, CancellationToken cancellationToken)
    {
        var conversationId = TeamsMessages.ConversationId(conversation);
        var body = TeamsMessages.Message(connector.ServiceUrl, conversation, question).ToJsonString();
        var reply = connector.ExpectReply(conversationId);
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(RequestTimeout);
        var start = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.PostAsync(endpoint, content, timeout.Token);
            var responded = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return new Turn(TurnOutcome.NonOk, double.NaN, responded, false, ((int)response.StatusCode).ToString());
            }

            // The bot replies inside the turn, so the reply is normally in before the 200; the grace is for a slow one.
            var received = await reply.WaitAsync(ReplyGrace, cancellationToken);
            return new Turn(
                TurnOutcome.Answered, Stopwatch.GetElapsedTime(start, received.Timestamp).TotalMilliseconds, responded, received.CitesAClause, RepliedAt: received.Timestamp,
                Help: question == Questions.Help);
        }
        catch (TimeoutException)
        {
            return new Turn(TurnOutcome.MissingReply, double.NaN, double.NaN, false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new Turn(TurnOutcome.Timeout, double.NaN, double.NaN, false);
        }
        catch (HttpRequestException exception)
        {
            return new Turn(TurnOutcome.Failed, double.NaN, double.NaN, false, exception.Message);
        }
        finally
        {
            connector.StopExpecting(conversationId);
        }
    }
}
