using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace GovernanceBot.Tests.Manifest;

/// <summary>
/// Just enough of PNG to check the Teams icons: the IHDR header and, for 8-bit truecolour
/// images without interlacing, the pixels (IDAT inflated and unfiltered).
/// </summary>
public sealed class PngImage
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly byte[] pixels;
    private readonly int channels;

    private PngImage(int width, int height, int colourType, byte[] pixels)
    {
        Width = width;
        Height = height;
        ColourType = colourType;
        channels = colourType == 6 ? 4 : 3;
        this.pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>2 is RGB, 6 is RGB with alpha.</summary>
    public int ColourType { get; }

    public bool HasAlpha => ColourType == 6;

    public (byte R, byte G, byte B, byte A) Pixel(int x, int y)
    {
        var at = (y * Width + x) * channels;
        return (pixels[at], pixels[at + 1], pixels[at + 2], HasAlpha ? pixels[at + 3] : (byte)255);
    }

    public IEnumerable<(byte R, byte G, byte B, byte A)> AllPixels()
    {
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                yield return Pixel(x, y);
            }
        }
    }

    public static PngImage Read(string path) => Decode(File.ReadAllBytes(path));

    public static PngImage Decode(byte[] file)
    {
        if (!file.AsSpan(0, Signature.Length).SequenceEqual(Signature))
        {
            throw new InvalidDataException("Not a PNG file.");
        }

        int width = 0, height = 0, colourType = -1;
        using var compressed = new MemoryStream();
        for (var at = Signature.Length; at < file.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(at));
            var kind = Encoding.ASCII.GetString(file, at + 4, 4);
            var data = file.AsSpan(at + 8, length);
            switch (kind)
            {
                case "IHDR":
                    width = BinaryPrimitives.ReadInt32BigEndian(data);
                    height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                    (var bitDepth, colourType, var interlace) = (data[8], data[9], data[12]);
                    if (bitDepth != 8 || colourType is not (2 or 6) || interlace != 0)
                    {
                        throw new NotSupportedException($"Only 8-bit RGB/RGBA without interlacing; got depth {bitDepth}, colour type {colourType}, interlace {interlace}.");
                    }

                    break;
                case "IDAT":
                    compressed.Write(data);
                    break;
            }

            at += 12 + length;
        }

        var channels = colourType == 6 ? 4 : 3;
        compressed.Position = 0;
        using var inflater = new ZLibStream(compressed, CompressionMode.Decompress);
        using var filtered = new MemoryStream();
        inflater.CopyTo(filtered);
        return new PngImage(width, height, colourType, Unfilter(filtered.ToArray(), width, height, channels));
    }

    private static byte[] Unfilter(byte[] filtered, int width, int height, int channels)
    {
        var stride = width * channels;
        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = filtered[y * (stride + 1)];
            var source = filtered.AsSpan(y * (stride + 1) + 1, stride);
            for (var i = 0; i < stride; i++)
            {
                int left = i >= channels ? pixels[y * stride + i - channels] : 0;
                int up = y > 0 ? pixels[(y - 1) * stride + i] : 0;
                int upLeft = y > 0 && i >= channels ? pixels[(y - 1) * stride + i - channels] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"Unknown PNG filter {filter} on row {y}."),
                };
                pixels[y * stride + i] = (byte)(source[i] + predictor);
            }
        }

        return pixels;
    }

    private static int Paeth(int left, int up, int upLeft)
    {
        var estimate = left + up - upLeft;
        var (toLeft, toUp, toUpLeft) = (Math.Abs(estimate - left), Math.Abs(estimate - up), Math.Abs(estimate - upLeft));
        return toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft;
    }
}
