using System.Text.Json.Nodes;

namespace GovernanceBot.Tests.Cards;

/// <summary>Finds elements in a rendered card and checks what every card must satisfy.</summary>
static class CardJson
{
    public static IEnumerable<JsonObject> Objects(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            yield return obj;
        }

        var children = node switch
        {
            JsonObject o => o.Select(property => property.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            foreach (var descendant in Objects(child))
            {
                yield return descendant;
            }
        }
    }

    public static IEnumerable<JsonObject> OfType(JsonNode card, string type) =>
        Objects(card).Where(element => (string?)element["type"] == type);

    public static IEnumerable<string> Texts(JsonNode card) =>
        Objects(card).Where(element => element["text"] is JsonValue).Select(element => (string)element["text"]!);

    public static void AssertValidCard(JsonObject card)
    {
        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.NotEmpty(card["body"]!.AsArray());
        AssertNoNulls(card);
    }

    static void AssertNoNulls(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    Assert.True(value is not null, $"'{name}' is null in {obj.ToJsonString()}");
                    AssertNoNulls(value!);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Assert.True(item is not null, $"an array item is null in {array.ToJsonString()}");
                    AssertNoNulls(item!);
                }

                break;
        }
    }
}
