using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace GovernanceBot.Tests.Support.Playground;

/// <summary>One of the Playground's WebSocket streams, read from the moment it connects.</summary>
public sealed class PlaygroundSocket : IAsyncDisposable
{
    private readonly ClientWebSocket socket = new();
    private readonly CancellationTokenSource stopping = new();
    private Task reading = Task.CompletedTask;

    private PlaygroundSocket(Uri uri) => Frames = new JsonArrivals($"the Playground stream {uri.AbsolutePath}");

    /// <summary>Every frame since the connection, until a wait takes it.</summary>
    public JsonArrivals Frames { get; }

    public static async Task<PlaygroundSocket> ConnectAsync(Uri uri, CancellationToken cancellationToken)
    {
        var stream = new PlaygroundSocket(uri);
        await stream.socket.ConnectAsync(uri, cancellationToken);
        stream.reading = stream.ReadAsync();
        return stream;
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        await reading;
        socket.Dispose();
        stopping.Dispose();
    }

    private async Task ReadAsync()
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer, stopping.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    throw new WebSocketException("closed by the Playground");
                }

                // A frame can span several receives; it is complete at EndOfMessage.
                message.Write(buffer, 0, result.Count);
                if (result.EndOfMessage)
                {
                    if (JsonNode.Parse(Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length)) is JsonObject frame)
                    {
                        Frames.Add(frame);
                    }

                    message.SetLength(0);
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            Frames.Fail(exception);
        }
    }
}
