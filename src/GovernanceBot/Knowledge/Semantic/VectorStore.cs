using System.Collections.Concurrent;
using System.Text;

namespace GovernanceBot.Knowledge.Semantic;

/// <summary>
/// Sentence vectors kept on disk by the hash of the text they embed, so a text is embedded once however often the
/// index is rebuilt. The folder holds segment files, each written whole under a temporary name and then renamed, so a
/// crash leaves no half file and several processes may share the folder. Vectors are kept as 16-bit floats: half the
/// memory, and similarities change in the fourth decimal place.
/// </summary>
public sealed class VectorStore
{
    const string Magic = "GBVEC1";
    const string Extension = ".vec";
    const int MaxSegments = 8;

    readonly ConcurrentDictionary<TextHash, Half[]> vectors = new();
    readonly string folder;
    int segments;

    VectorStore(string folder) => this.folder = folder;

    public int Count => vectors.Count;

    /// <summary>Reads every segment in the folder (created when missing). A damaged segment is skipped, not fatal: its texts are embedded again.</summary>
    public static VectorStore Open(string folder)
    {
        Directory.CreateDirectory(folder);
        var store = new VectorStore(folder);
        foreach (var file in Directory.EnumerateFiles(folder, $"*{Extension}").Order(StringComparer.Ordinal))
        {
            if (store.TryRead(file))
            {
                store.segments++;
            }
        }

        return store;
    }

    public bool TryGet(TextHash hash, out Half[] vector) => vectors.TryGetValue(hash, out vector!);

    public bool Contains(TextHash hash) => vectors.ContainsKey(hash);

    /// <summary>Keeps new vectors in memory and in a new segment on disk.</summary>
    public void Add(IReadOnlyList<(TextHash Hash, float[] Vector)> added) => Add(added.Select(a => (a.Hash, ToHalf(a.Vector))).ToList());

    /// <summary>Keeps new vectors, already in the store's 16-bit form, in memory and in a new segment on disk.</summary>
    public void Add(IReadOnlyList<(TextHash Hash, Half[] Vector)> entries)
    {
        if (entries.Count == 0)
        {
            return;
        }

        Write(entries);
        foreach (var (hash, vector) in entries)
        {
            vectors[hash] = vector;
        }

        segments++;
    }

    /// <summary>
    /// Rewrites the folder as one segment holding only the vectors still in use, once old texts or many small segments
    /// have piled up. Vectors other processes added since this one opened the folder stay in their own segments.
    /// </summary>
    public void Compact(IReadOnlySet<TextHash> live)
    {
        if (segments <= MaxSegments && vectors.Count <= 2 * Math.Max(1, live.Count))
        {
            return;
        }

        var old = Directory.EnumerateFiles(folder, $"*{Extension}").ToList();
        var kept = vectors.Where(v => live.Contains(v.Key)).Select(v => (v.Key, v.Value)).ToList();
        Write(kept);
        foreach (var file in old)
        {
            File.Delete(file);
        }

        foreach (var stale in vectors.Keys.Where(k => !live.Contains(k)).ToList())
        {
            vectors.TryRemove(stale, out _);
        }

        segments = 1;
    }

    /// <summary>A vector in the store's 16-bit form.</summary>
    public static Half[] ToHalf(float[] vector)
    {
        var half = new Half[vector.Length];
        System.Numerics.Tensors.TensorPrimitives.ConvertToHalf(vector, half);
        return half;
    }

    void Write(IReadOnlyList<(TextHash Hash, Half[] Vector)> entries) =>
        WriteSegment(Path.Combine(folder, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}{Extension}"), entries);

    bool TryRead(string file)
    {
        if (ReadSegment(file) is not { } read)
        {
            return false;
        }

        foreach (var (hash, vector) in read)
        {
            vectors[hash] = vector;
        }

        return true;
    }

    /// <summary>Writes one segment file whole: under a temporary name, then renamed, so a reader never sees half of it.</summary>
    public static void WriteSegment(string path, IReadOnlyList<(TextHash Hash, Half[] Vector)> entries)
    {
        using (var writer = new BinaryWriter(File.Create(path + ".tmp"), Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write(SentenceEmbedder.ModelName);
            writer.Write(SentenceEmbedder.Dimensions);
            writer.Write(entries.Count);
            Span<byte> hash = stackalloc byte[TextHash.Size];
            foreach (var (key, vector) in entries)
            {
                key.Write(hash);
                writer.Write(hash);
                foreach (var value in vector)
                {
                    writer.Write(value);
                }
            }
        }

        File.Move(path + ".tmp", path, overwrite: true);
    }

    /// <summary>One segment file's vectors, or null when it is damaged, cut short or of another model.</summary>
    public static IReadOnlyList<(TextHash Hash, Half[] Vector)>? ReadSegment(string path)
    {
        try
        {
            using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
            if (reader.ReadString() != Magic || reader.ReadString() != SentenceEmbedder.ModelName || reader.ReadInt32() != SentenceEmbedder.Dimensions)
            {
                return null;
            }

            var count = reader.ReadInt32();
            var read = new List<(TextHash, Half[])>(Math.Max(0, Math.Min(count, 1 << 20)));
            Span<byte> hash = stackalloc byte[TextHash.Size];
            for (var i = 0; i < count; i++)
            {
                reader.BaseStream.ReadExactly(hash);
                var vector = new Half[SentenceEmbedder.Dimensions];
                for (var d = 0; d < vector.Length; d++)
                {
                    vector[d] = reader.ReadHalf();
                }

                read.Add((TextHash.Read(hash), vector));
            }

            return read;
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
