using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace GovernanceBot.Knowledge.Ingestion;

/// <summary>
/// Reads .pdf with PdfPig: words grouped into lines and blocks by layout analysis, blocks in reading order,
/// a blank line between blocks and a form feed line between pages (so repeated page furniture can be dropped).
/// </summary>
public sealed class PdfReader : IDocumentReader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".pdf"];

    public string ReadText(Stream content, string fileName)
    {
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        try
        {
            using var document = PdfDocument.Open(buffer.ToArray());
            var writer = new BlockTextWriter();
            foreach (var page in document.GetPages())
            {
                if (page.Number > 1)
                {
                    writer.PageBreak();
                }

                PdfPageLayout.Write(page, writer);
            }

            return writer.ToString();
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw ReadFailure.Because(fileName, "the PDF is encrypted and cannot be read without its password.", e);
        }
        catch (Exception e) when (e is not DocumentReadException)
        {
            // PdfPig parses lazily, so a truncated or damaged file may only fail part way through its pages.
            throw ReadFailure.Because(fileName, $"the file is not a valid PDF ({e.Message})", e);
        }
    }
}
