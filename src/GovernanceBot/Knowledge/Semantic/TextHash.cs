using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace GovernanceBot.Knowledge.Semantic;

/// <summary>The first 128 bits of the SHA-256 of the model's name and a text: the key a text's vector is kept under.</summary>
public readonly record struct TextHash(ulong High, ulong Low)
{
    public const int Size = 16;

    public static TextHash Of(string text)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{SentenceEmbedder.ModelName}\u0001{text}"), digest);
        return Read(digest);
    }

    public static TextHash Read(ReadOnlySpan<byte> bytes) =>
        new(BinaryPrimitives.ReadUInt64BigEndian(bytes), BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]));

    public void Write(Span<byte> bytes)
    {
        BinaryPrimitives.WriteUInt64BigEndian(bytes, High);
        BinaryPrimitives.WriteUInt64BigEndian(bytes[8..], Low);
    }
}
