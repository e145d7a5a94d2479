using GovernanceBot.Knowledge.Ingestion;

using Microsoft.Extensions.DependencyInjection;

namespace GovernanceBot.Tests.Knowledge.Ingestion;

public sealed class DocumentTextExtractorTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("readers-").FullName;
    readonly DocumentTextExtractor extractor = new ServiceCollection().AddDocumentReaders().BuildServiceProvider()
        .GetRequiredService<DocumentTextExtractor>();

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void RegisteredReadersCoverEverySupportedFormat()
    {
        Assert.Equal(DocumentFormats.Extensions.Order(), extractor.Extensions.Order());
    }

    [Fact]
    public void ChoosesTheReaderByExtension()
    {
        var docx = File(DocxFixture.Protocol(), "protocol.DOCX");
        var pdf = File(PdfFixture.TwoPageProtocol(), "protocol.pdf");

        Assert.Contains("28. Requests for officers' attendance", extractor.Extract(docx));
        Assert.Contains("\f", extractor.Extract(pdf));
    }

    [Fact]
    public void UnsupportedExtensionIsRefusedNamingTheFile()
    {
        var path = File([1, 2, 3], "register.xlsx");

        var error = Assert.Throws<DocumentReadException>(() => extractor.Extract(path));

        Assert.StartsWith("Could not read 'register.xlsx': '.xlsx' files are not supported", error.Message);
    }

    [Theory]
    [InlineData("protocol.pdf")]
    [InlineData("protocol.docx")]
    [InlineData("protocol.txt")]
    [InlineData("protocol.html")]
    public void EmptyFileIsRefusedNamingTheFile(string name)
    {
        var error = Assert.Throws<DocumentReadException>(() => extractor.Extract(File([], name)));

        Assert.Equal($"Could not read '{name}': the file is empty.", error.Message);
    }

    [Fact]
    public void DocumentWithoutTextIsRefused()
    {
        var error = Assert.Throws<DocumentReadException>(() => extractor.Extract(File("<html><script>x()</script></html>"u8.ToArray(), "blank.html")));

        Assert.StartsWith("Could not read 'blank.html': the file holds no readable text", error.Message);
    }

    [Fact]
    public void BrokenDocumentsAreRefusedNamingTheFile()
    {
        var pdf = PdfFixture.TwoPageProtocol();
        var truncated = File(pdf[..(pdf.Length / 2)], "truncated.pdf");
        var random = new byte[512];
        new Random(11).NextBytes(random);
        var notAZip = File(random, "random.docx");

        Assert.StartsWith("Could not read 'truncated.pdf': ", Assert.Throws<DocumentReadException>(() => extractor.Extract(truncated)).Message);
        Assert.StartsWith("Could not read 'random.docx': ", Assert.Throws<DocumentReadException>(() => extractor.Extract(notAZip)).Message);
    }

    [Fact]
    public void MissingFileIsRefusedNamingIt()
    {
        var error = Assert.Throws<DocumentReadException>(() => extractor.Extract(Path.Combine(folder, "gone.pdf")));

        Assert.StartsWith("Could not read 'gone.pdf': the file cannot be opened", error.Message);
    }

    [Fact]
    public void AnyReaderFailureIsWrappedWithTheFileAndTheReason()
    {
        var failing = new DocumentTextExtractor([new FailingReader()]);

        var error = Assert.Throws<DocumentReadException>(() => failing.Extract(new MemoryStream([1]), "odd.fail"));

        Assert.Equal("Could not read 'odd.fail': InvalidOperationException: reader broke", error.Message);
        Assert.IsType<InvalidOperationException>(error.InnerException);
    }

    [Fact]
    public void TwoReadersForOneExtensionAreAConfigurationError()
    {
        Assert.Throws<InvalidOperationException>(() => new DocumentTextExtractor([new PlainTextReader(), new PlainTextReader()]));
    }

    string File(byte[] content, string name)
    {
        var path = Path.Combine(folder, name);
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

    sealed class FailingReader : IDocumentReader
    {
        public IReadOnlyCollection<string> Extensions { get; } = [".fail"];

        public string ReadText(Stream content, string fileName) => throw new InvalidOperationException("reader broke");
    }
}
