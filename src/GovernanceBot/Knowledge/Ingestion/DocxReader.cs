using DocumentFormat.OpenXml.Packaging;

namespace GovernanceBot.Knowledge.Ingestion;

/// <summary>Reads .docx with DocumentFormat.OpenXml: body order, heading styles, computed list numbers, tables.</summary>
public sealed class DocxReader : IDocumentReader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".docx"];

    public string ReadText(Stream content, string fileName)
    {
        // OpenXml needs a seekable stream, and the caller's may not be one.
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        buffer.Position = 0;

        using var document = Open(buffer, fileName);
        var main = document.MainDocumentPart;
        var body = main?.Document?.Body ?? throw ReadFailure.Because(fileName, "the Word document has no body.");
        var writer = new BlockTextWriter();
        var styles = new DocxStyles(main!.StyleDefinitionsPart?.Styles);
        new DocxBlocks(writer, styles, new DocxNumbering(main.NumberingDefinitionsPart?.Numbering)).Write(body);
        return writer.ToString();
    }

    static WordprocessingDocument Open(Stream content, string fileName)
    {
        try
        {
            return WordprocessingDocument.Open(content, isEditable: false);
        }
        catch (Exception e)
        {
            // Not a zip, a zip without a document part, damaged XML: the packaging layer has a different exception for each.
            throw ReadFailure.Because(fileName, $"the file is not a valid Word document ({e.Message})", e);
        }
    }
}
