using System.Text;

namespace GovernanceBot.Knowledge.Ingestion;

/// <summary>Decodes text files (.txt, .md, .html): BOM first, then UTF-8, falling back to Windows-1252; line ends become LF.</summary>
static class TextDecoding
{
    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Read(Stream content)
    {
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        return Normalise(Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
    }

    // Not string.ReplaceLineEndings: it also rewrites form feeds, which mark page breaks for the segmenter.
    static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            return Encoding.UTF8.GetString(bytes[Encoding.UTF8.Preamble.Length..]);
        }

        if (bytes.StartsWith(Encoding.Unicode.Preamble))
        {
            return Encoding.Unicode.GetString(bytes[Encoding.Unicode.Preamble.Length..]);
        }

        if (bytes.StartsWith(Encoding.BigEndianUnicode.Preamble))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[Encoding.BigEndianUnicode.Preamble.Length..]);
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Council documents saved from older Office installs are Windows-1252 (curly quotes as 0x91-0x94).
            return CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetString(bytes);
        }
    }
}
