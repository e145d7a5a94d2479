using GovernanceBot.Knowledge.Ingestion;

namespace GovernanceBot.Tests.Knowledge.Ingestion;

public sealed class ProtocolPartTests
{
    const string Pack = "Dear Councillor\nMINUTES\nThe committee met.\n  Protocol on Relations  \n1. Officers serve the whole council.\n";

    [Fact]
    public void DocumentIsReadFromTheConfiguredHeadingOn()
    {
        var part = ProtocolPart.Of(Pack, "protocol on relations");

        Assert.StartsWith("  Protocol on Relations", part);
        Assert.DoesNotContain("MINUTES", part);
    }

    [Fact]
    public void WithoutAHeadingTheWholeDocumentIsRead() => Assert.Equal(Pack, ProtocolPart.Of(Pack, null));

    [Fact]
    public void HeadingThatIsNotALineOfTheDocumentIsAnErrorNamingIt()
    {
        var error = Assert.Throws<DocumentReadException>(() => ProtocolPart.Of(Pack, "Protocol on Councillor Relations"));

        Assert.Contains("\"Protocol on Councillor Relations\"", error.Message);
    }
}
