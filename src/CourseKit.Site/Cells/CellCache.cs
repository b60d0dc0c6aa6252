using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CourseKit.Site.Cells;

/// <summary>
/// Cell outputs on disk, keyed by a hash of the cell and every cell before it in its document (and of the
/// engine and plotting assemblies), so a rebuild reruns only the cells an edit can have changed.
/// </summary>
public sealed class CellCache
{
    private static readonly string EngineStamp = string.Join(
        ",",
        new[] { typeof(Autograd.Tensor), typeof(Plotting.Figures), typeof(CellRunner) }
            .Select(t => t.Assembly.ManifestModule.ModuleVersionId.ToString("N")));

    private readonly string directory;

    /// <summary>A cache in <paramref name="directory"/> (created on first write).</summary>
    public CellCache(string directory)
    {
        this.directory = directory;
    }

    /// <summary>The keys of a document's cells, in order: each one chains the key before it.</summary>
    public static IReadOnlyList<string> Keys(IEnumerable<string> cellCodes)
    {
        var keys = new List<string>();
        string previous = EngineStamp;
        foreach (string code in cellCodes)
        {
            previous = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(previous + "\0" + code)));
            keys.Add(previous);
        }
        return keys;
    }

    /// <summary>The cached output for <paramref name="key"/>, or null.</summary>
    public CellOutput? TryGet(string key)
    {
        string path = PathOf(key);
        if (!File.Exists(path))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<CellOutput>(File.ReadAllText(path));
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            // A damaged entry is just a miss; the cell runs again and overwrites it.
            return null;
        }
    }

    /// <summary>Stores an output; written to a temporary file first so a reader never sees half of it.</summary>
    public void Set(string key, CellOutput output)
    {
        Directory.CreateDirectory(directory);
        string path = PathOf(key);
        string temporary = path + "." + Environment.ProcessId + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(output));
        File.Move(temporary, path, overwrite: true);
    }

    private string PathOf(string key) => Path.Combine(directory, key + ".json");
}
