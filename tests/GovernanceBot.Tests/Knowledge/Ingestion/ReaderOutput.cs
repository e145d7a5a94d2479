using System.Text;

using GovernanceBot.Knowledge.Ingestion;

namespace GovernanceBot.Tests.Knowledge.Ingestion;

static class ReaderOutput
{
    public static string Read(IDocumentReader reader, byte[] content, string fileName) =>
        reader.ReadText(new MemoryStream(content), fileName);

    public static string Read(IDocumentReader reader, string content, string fileName) =>
        Read(reader, Encoding.UTF8.GetBytes(content), fileName);

    public static string[] Lines(string text) => text.Split('\n');
}
