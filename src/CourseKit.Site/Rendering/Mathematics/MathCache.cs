using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using CourseKit.Site.Mathematics;

namespace CourseKit.Site.Rendering.Mathematics;

/// <summary>
/// Rendered formulas kept in memory and on disk (one file per formula, keyed by the formula, its mode and the
/// Temml script), so a rebuild does not even start Temml when no formula changed. Errors are never cached.
/// </summary>
public sealed class MathCache : IMathRenderer
{
    private readonly Lazy<TexRenderer> tex;
    private readonly string? directory;
    private readonly string stamp;
    private readonly ConcurrentDictionary<string, string> memory = new(StringComparer.Ordinal);

    /// <summary>A cache in front of <paramref name="tex"/> (only created on the first miss), stored in <paramref name="directory"/> when given.</summary>
    /// <param name="tex">Makes the renderer; called at most once.</param>
    /// <param name="temmlScript">Temml's script, whose content is part of every key so an upgrade re-renders everything.</param>
    /// <param name="directory">Where to keep rendered formulas between builds; null for memory only.</param>
    public MathCache(Func<TexRenderer> tex, string temmlScript, string? directory)
    {
        ArgumentNullException.ThrowIfNull(tex);
        this.tex = new Lazy<TexRenderer>(tex);
        this.directory = directory;
        stamp = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(temmlScript)));
    }

    /// <summary>The folder formulas are kept in between builds, or null.</summary>
    public string? Directory => directory;

    /// <summary>Formulas that Temml actually rendered (misses), for timings and tests.</summary>
    public int Rendered { get; private set; }

    /// <inheritdoc />
    public MathRendering Render(string tex, MathMode mode)
    {
        ArgumentNullException.ThrowIfNull(tex);
        string key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{stamp}\0{mode}\0{tex}")));
        if (memory.TryGetValue(key, out string? known))
        {
            return MathRendering.Success(known);
        }
        string? path = directory is null ? null : Path.Combine(directory, key + ".mathml");
        if (path is not null && File.Exists(path))
        {
            string stored = File.ReadAllText(path);
            memory[key] = stored;
            return MathRendering.Success(stored);
        }
        var rendering = this.tex.Value.Render(tex, mode);
        Rendered++;
        if (rendering.Succeeded)
        {
            memory[key] = rendering.MathMl;
            if (path is not null)
            {
                System.IO.Directory.CreateDirectory(directory!);
                string temporary = path + "." + Environment.ProcessId + ".tmp";
                File.WriteAllText(temporary, rendering.MathMl);
                File.Move(temporary, path, overwrite: true);
            }
        }
        return rendering;
    }
}
