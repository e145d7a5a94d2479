using System.Text.Json.Nodes;

namespace GovernanceBot.Load;

/// <summary>Message activities shaped like the ones Teams posts for a councillor in a personal chat.</summary>
static class TeamsMessages
{
    const string TenantId = "22222222-2222-4222-8222-000000000001";
    const string BotId = "28:33333333-3333-4333-8333-000000000001";

    public static JsonObject Message(string serviceUrl, int conversation, string text) => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["localTimestamp"] = DateTimeOffset.Now.ToString("O"),
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject
        {
            ["id"] = $"29:load-user-{conversation}",
            ["name"] = $"Load Councillor {conversation}",
            ["aadObjectId"] = $"00000000-0000-4000-8000-{conversation:D12}",
        },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "GovernanceBot" },
        ["conversation"] = new JsonObject
        {
            ["id"] = ConversationId(conversation),
            ["conversationType"] = "personal",
            ["tenantId"] = TenantId,
        },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
        ["text"] = text,
        ["textFormat"] = "plain",
        ["locale"] = "en-GB",
        ["entities"] = new JsonArray(new JsonObject { ["type"] = "clientInfo", ["locale"] = "en-GB", ["country"] = "GB", ["platform"] = "Web" }),
    };

    public static string ConversationId(int conversation) => $"a:load-conversation-{conversation}";
}
