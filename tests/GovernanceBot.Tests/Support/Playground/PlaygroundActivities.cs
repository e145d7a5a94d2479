using System.Text.Json.Nodes;

namespace GovernanceBot.Tests.Support.Playground;

/// <summary>
/// Teams message activities shaped like the ones the Playground itself sends, for users other than
/// its current user (its message endpoint can only speak as the current user).
/// </summary>
public static class PlaygroundActivities
{
    public static string MentionText(PlaygroundConfig playground) => $"<at>{playground.BotName}</at>";

    public static JsonObject Message(PlaygroundConfig playground, string serviceUrl, string conversationId, PlaygroundUser from, string text, bool mentionBot)
    {
        var now = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'");
        var conversationType = ConversationType(playground, conversationId);
        var entities = new JsonArray();
        if (mentionBot)
        {
            text = $"{MentionText(playground)} {text}";
            entities.Add(new JsonObject
            {
                ["type"] = "mention",
                ["mentioned"] = new JsonObject { ["id"] = playground.BotId, ["name"] = playground.BotName },
                ["text"] = MentionText(playground),
            });
        }

        entities.Add(new JsonObject { ["type"] = "clientInfo", ["locale"] = "en-US", ["country"] = "US", ["platform"] = "Web", ["timezone"] = "UTC" });
        var conversation = new JsonObject
        {
            ["conversationType"] = conversationType,
            ["tenantId"] = playground.TenantId,
            ["id"] = conversationId,
        };
        var channelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = playground.TenantId } };
        if (conversationType != "personal")
        {
            conversation["isGroup"] = true;
        }

        if (conversationType == "channel")
        {
            channelData["team"] = new JsonObject { ["id"] = playground.TeamId };
            channelData["channel"] = new JsonObject { ["id"] = conversationId };
        }

        return new JsonObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString(),
            ["text"] = text,
            ["textFormat"] = "plain",
            ["from"] = new JsonObject { ["id"] = from.Id, ["name"] = from.Name, ["aadObjectId"] = from.AadObjectId },
            ["timestamp"] = now,
            ["localTimestamp"] = now,
            ["localTimezone"] = "UTC",
            ["serviceUrl"] = serviceUrl,
            ["conversation"] = conversation,
            ["recipient"] = new JsonObject { ["id"] = playground.BotId, ["name"] = playground.BotName },
            ["locale"] = "en-US",
            ["entities"] = entities,
            ["channelData"] = channelData,
            ["channelId"] = "msteams",
        };
    }

    // Chats the bot creates for a user (POST /v3/conversations) are not in the config: personal.
    private static string ConversationType(PlaygroundConfig playground, string conversationId)
    {
        if (conversationId == playground.GroupChatId)
        {
            return "groupChat";
        }

        var channels = playground.Raw["teams"]?[0]?["channels"]?.AsArray().Select(channel => (string?)channel?["id"]) ?? [];
        return channels.Contains(conversationId) ? "channel" : "personal";
    }
}
