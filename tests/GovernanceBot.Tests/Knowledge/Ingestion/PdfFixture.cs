using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace GovernanceBot.Tests.Knowledge.Ingestion;

/// <summary>A two-page protocol extract written with PdfPig: a running header, a heading, wrapped numbered paragraphs, bullets, page numbers.</summary>
static class PdfFixture
{
    public const string Header = "Derby City Council Working Together Protocol";

    public static byte[] TwoPageProtocol()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);

        var first = builder.AddPage(PageSize.A4);
        first.AddText(Header, 9, new PdfPoint(72, 800), font);
        first.AddText("Officers and political groups", 16, new PdfPoint(72, 740), bold);
        Lines(first, font, 700,
            "27. Officers may be asked to brief political groups on matters of Council business,",
            "provided the briefing is offered to every group on the same terms.");
        Lines(first, font, 650,
            "28. Requests for officers' attendance at political group meetings must",
            "be made in the first instance to the Chief Executive.");
        first.AddText("1", 9, new PdfPoint(295, 40), font);

        var second = builder.AddPage(PageSize.A4);
        second.AddText(Header, 9, new PdfPoint(72, 800), font);
        Lines(second, font, 740,
            "29. In terms of political group meetings, officers will:");
        Lines(second, font, 716,
            "\u2022 not attend unless the Chief Executive has agreed",
            "\u2022 respect the confidentiality of the discussion");
        second.AddText("2", 9, new PdfPoint(295, 40), font);

        return builder.Build();
    }

    static void Lines(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, double top, params string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            page.AddText(lines[i], 11, new PdfPoint(72, top - i * 14), font);
        }
    }
}
