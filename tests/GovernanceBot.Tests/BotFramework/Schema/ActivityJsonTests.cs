using System.Text.Json;
using System.Text.Json.Nodes;
using GovernanceBot.BotFramework;

namespace GovernanceBot.Tests.BotFramework.Schema;

public sealed class ActivityJsonTests
{
    private const string TeamsChannelMessage = """
        {
          "text": "<at>Governance Bot</at> Can I ask an officer to attend a group meeting?\n",
          "textFormat": "plain",
          "attachments": [{ "contentType": "text/html", "content": "<div><span itemscope=\"\" itemtype=\"http://schema.skype.com/Mention\" itemid=\"0\">Governance Bot</span> Can I ask</div>" }],
          "type": "message",
          "timestamp": "2026-03-02T10:15:30.1234567Z",
          "localTimestamp": "2026-03-02T10:15:30.1234567+00:00",
          "id": "1772446530123",
          "channelId": "msteams",
          "serviceUrl": "https://smba.trafficmanager.net/emea/",
          "from": { "id": "29:1abc", "name": "Cllr Jo Bloggs", "aadObjectId": "3c4d5e6f-0000-4000-8000-000000000001" },
          "conversation": { "isGroup": true, "conversationType": "channel", "tenantId": "72f988bf-0000-4000-8000-000000000002", "id": "19:abc@thread.tacv2;messageid=1772446530123" },
          "recipient": { "id": "28:6f1a7c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b", "name": "Governance Bot" },
          "entities": [
            { "mentioned": { "id": "28:6f1a7c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b", "name": "Governance Bot" }, "text": "<at>Governance Bot</at>", "type": "mention" },
            { "locale": "en-GB", "country": "GB", "platform": "Web", "timezone": "Europe/London", "type": "clientInfo" }
          ],
          "channelData": {
            "teamsChannelId": "19:abc@thread.tacv2",
            "teamsTeamId": "19:team@thread.tacv2",
            "channel": { "id": "19:abc@thread.tacv2" },
            "team": { "id": "19:team@thread.tacv2", "name": "Members", "aadGroupId": "9e8d7c6b-0000-4000-8000-000000000003" },
            "tenant": { "id": "72f988bf-0000-4000-8000-000000000002" }
          },
          "locale": "en-GB",
          "localTimezone": "Europe/London"
        }
        """;

    [Fact]
    public void TeamsChannelMessageDeserializes()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsChannelMessage, BotJson.Options)!;

        Assert.True(activity.IsType(ActivityTypes.Message));
        Assert.Equal("https://smba.trafficmanager.net/emea/", activity.ServiceUrl);
        Assert.Equal("3c4d5e6f-0000-4000-8000-000000000001", activity.From!.AadObjectId);
        Assert.Equal("channel", activity.Conversation!.ConversationType);
        Assert.True(activity.Conversation.IsGroup);
        var channelData = activity.GetTeamsChannelData()!;
        Assert.Equal("72f988bf-0000-4000-8000-000000000002", channelData.Tenant!.Id);
        Assert.Equal("Members", channelData.Team!.Name);
        Assert.Equal("19:abc@thread.tacv2", channelData.Channel!.Id);
        Assert.Equal("72f988bf-0000-4000-8000-000000000002", activity.GetTenantId());
        Assert.Equal("Governance Bot", Assert.Single(activity.GetMentions()).Mentioned!.Name);
        Assert.Equal(2026, activity.Timestamp!.Value.Year);
    }

    [Fact]
    public void OutboundActivityIsCamelCaseWithoutNulls()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "Clause 4.2 applies.",
            ReplyToId = "1772446530123",
            Conversation = new ConversationAccount { Id = "a:chat" },
            ChannelData = new TeamsChannelData { Notification = new NotificationInfo(true) },
        };

        var json = JsonNode.Parse(JsonSerializer.Serialize(activity, BotJson.Options))!.AsObject();

        Assert.Equal(["type", "conversation", "text", "channelData", "replyToId"], json.Select(p => p.Key));
        Assert.Equal("a:chat", (string?)json["conversation"]!["id"]);
        Assert.Equal(["id"], json["conversation"]!.AsObject().Select(p => p.Key));
        Assert.True((bool)json["channelData"]!["notification"]!["alert"]!);
    }

    [Fact]
    public void PropertiesTheModelDoesNotNameSurviveARoundTrip()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsChannelMessage, BotJson.Options)!;

        var json = JsonNode.Parse(JsonSerializer.Serialize(activity, BotJson.Options))!;

        Assert.Equal("Europe/London", (string?)json["localTimezone"]);
        Assert.Equal("19:team@thread.tacv2", (string?)json["channelData"]!["teamsTeamId"]);
        Assert.Equal("GB", (string?)json["entities"]![1]!["country"]);
        Assert.Equal("<at>Governance Bot</at>", (string?)json["entities"]![0]!["text"]);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(TeamsChannelMessage)!["from"], json["from"]));
    }

    [Fact]
    public void InvokeValueArrivesAsJson()
    {
        const string invoke = """
            {"type":"invoke","name":"adaptiveCard/action","value":{"action":{"type":"Action.Execute","verb":"feedback","data":{"helpful":true}},"trigger":"manual"}}
            """;

        var activity = JsonSerializer.Deserialize<Activity>(invoke, BotJson.Options)!;

        var value = Assert.IsType<JsonElement>(activity.Value);
        Assert.Equal("feedback", value.GetProperty("action").GetProperty("verb").GetString());
    }
}
