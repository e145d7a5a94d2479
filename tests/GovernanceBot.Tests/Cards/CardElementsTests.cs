using System.Text.Json.Nodes;
using GovernanceBot.Cards;

namespace GovernanceBot.Tests.Cards;

public sealed class CardElementsTests
{
    [Fact]
    public void AnExecuteActionFallsBackToASubmitWithTheSameDataAndTheVerb()
    {
        var action = CardElements.Execute("Approve", "approve", new JsonObject { ["requestId"] = "r1" });

        Assert.Equal("Action.Execute", (string?)action["type"]);
        Assert.Equal("approve", (string?)action["verb"]);
        var fallback = action["fallback"]!;
        Assert.Equal("Action.Submit", (string?)fallback["type"]);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"requestId":"r1","verb":"approve"}"""), fallback["data"]));
    }

    [Fact]
    public void UnsetOptionalPropertiesAreLeftOutRatherThanNull()
    {
        var block = CardElements.TextBlock("Hello");
        var container = CardElements.Container([block]);

        Assert.Equal(["type", "text", "wrap"], block.Select(property => property.Key));
        Assert.Equal(["type", "items"], container.Select(property => property.Key));
    }
}
