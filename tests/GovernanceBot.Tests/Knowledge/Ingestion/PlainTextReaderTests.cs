using System.Text;

using GovernanceBot.Knowledge.Ingestion;

using static GovernanceBot.Tests.Knowledge.Ingestion.ReaderOutput;

namespace GovernanceBot.Tests.Knowledge.Ingestion;

public sealed class PlainTextReaderTests
{
    [Fact]
    public void ByteOrderMarkIsDroppedAndLineEndsBecomeLineFeeds()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Principles\r\n\r\n16.\r\nOfficers serve\rthe Council.\f\r\n")).ToArray();

        var text = Read(new PlainTextReader(), bytes, "protocol.txt");

        Assert.Equal("Principles\n\n16.\nOfficers serve\nthe Council.\f\n", text);
    }

    [Fact]
    public void Utf16WithByteOrderMarkIsDecoded()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Council’s values")).ToArray();

        Assert.Equal("Council’s values", Read(new PlainTextReader(), bytes, "protocol.txt"));
    }

    [Fact]
    public void WindowsCodePageTextFallsBackFromInvalidUtf8()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes("Council"), 0x92, .. Encoding.ASCII.GetBytes("s values")];

        Assert.Equal("Council’s values", Read(new PlainTextReader(), bytes, "protocol.txt"));
    }

    [Fact]
    public void ShippedProtocolReadsExactlyAsWritten()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "councils", "derby", "derby-working-together-protocol.txt");

        var text = Read(new PlainTextReader(), File.ReadAllBytes(path), Path.GetFileName(path));

        Assert.Equal(File.ReadAllText(path), text);
        Assert.Contains("\n28. ", text);
    }
}
