using System.Buffers.Binary;
using System.Text;
using TorchSharp;

namespace CourseKit.Benchmarks;

/// <summary>
/// Whether libtorch loads here, after making TorchSharp's native shim load against an older C++ runtime. Rows that
/// still cannot run are dropped with the loader's reason instead of failing one by one.
/// </summary>
/// <remarks>
/// TorchSharp 0.107's <c>libLibTorchSharp.so</c> asks for libstdc++'s version <c>GLIBCXX_3.4.32</c> (GCC 13+), which
/// Debian 12 lacks (it stops at 3.4.30). Its only symbol of that version is <c>std::ios_base_library_init</c>, which
/// GCC 13's <c>&lt;iostream&gt;</c> names (<c>.globl</c>, no call, no relocation) just to pin the library that
/// initialises the standard streams; libtorch's own static initialisers do that on older runtimes. So before the first
/// TorchSharp call, the benchmark marks that one version requirement weak (<c>VER_FLG_WEAK</c>) in its own output
/// copies of the library: the loader then accepts an older libstdc++, and nothing else changes. The NuGet cache is
/// never touched.
/// </remarks>
public static class TorchAvailability
{
    /// <summary>Category carried by every benchmark that calls TorchSharp.</summary>
    public const string Category = "TorchSharp";

    private const string MissingVersion = "GLIBCXX_3.4.32";

    private static readonly Lazy<string?> s_failure = new(Probe);

    /// <summary>Null when libtorch loaded; otherwise the first line of the loader's complaint.</summary>
    public static string? Failure => s_failure.Value;

    /// <summary>What was done to the native shim to make it load, for the run's log; null when nothing was needed.</summary>
    public static string? Adjustment { get; private set; }

    private static string? Probe()
    {
        if (OperatingSystem.IsLinux())
        {
            var weakened = Directory.EnumerateFiles(AppContext.BaseDirectory, "libLibTorchSharp.so", SearchOption.AllDirectories)
                .Count(path => WeakenVersionNeed(path, MissingVersion));
            if (weakened > 0)
            {
                Adjustment = $"marked the {MissingVersion} requirement of {weakened} output copies of libLibTorchSharp.so weak";
            }
        }

        try
        {
            using var probe = torch.zeros(1, torch.float64);
            return null;
        }
        catch (Exception e) when (e is TypeInitializationException or NotSupportedException or DllNotFoundException)
        {
            // TorchSharp's own first line blames a missing package reference whatever the cause; the usual cause
            // here is the C++ runtime, so say so next to it.
            var inner = e.InnerException ?? e;
            return inner.Message.Split('\n', 2)[0].Trim() +
                " (if the package is referenced, check `ldd libLibTorchSharp.so` for a missing GLIBCXX version)";
        }
    }

    /// <summary>
    /// Sets <c>VER_FLG_WEAK</c> on every requirement of <paramref name="version"/> in a 64-bit little-endian ELF
    /// file's <c>.gnu.version_r</c> section. Returns true when the file changed.
    /// </summary>
    internal static bool WeakenVersionNeed(string path, string version)
    {
        const uint VerneedSection = 0x6ffffffe;
        const ushort Weak = 0x2;
        var elf = File.ReadAllBytes(path);
        if (elf.Length < 64 || elf[0] != 0x7f || elf[1] != (byte)'E' || elf[4] != 2 || elf[5] != 1)
        {
            return false;
        }

        var sectionTable = (int)BinaryPrimitives.ReadUInt64LittleEndian(elf.AsSpan(0x28));
        var entrySize = BinaryPrimitives.ReadUInt16LittleEndian(elf.AsSpan(0x3A));
        var count = BinaryPrimitives.ReadUInt16LittleEndian(elf.AsSpan(0x3C));
        var wanted = Encoding.ASCII.GetBytes(version);
        var changed = false;
        for (var s = 0; s < count; s++)
        {
            var header = elf.AsSpan(sectionTable + s * entrySize);
            if (BinaryPrimitives.ReadUInt32LittleEndian(header[4..]) != VerneedSection)
            {
                continue;
            }

            var strings = elf.AsSpan(sectionTable + (int)BinaryPrimitives.ReadUInt32LittleEndian(header[40..]) * entrySize);
            var stringsOffset = (int)BinaryPrimitives.ReadUInt64LittleEndian(strings[24..]);

            // Elf64_Verneed: vn_version, vn_cnt (u16), vn_file, vn_aux, vn_next (u32); Elf64_Vernaux: vna_hash (u32),
            // vna_flags, vna_other (u16), vna_name, vna_next (u32).
            var need = (int)BinaryPrimitives.ReadUInt64LittleEndian(header[24..]);
            while (true)
            {
                var auxCount = BinaryPrimitives.ReadUInt16LittleEndian(elf.AsSpan(need + 2));
                var aux = need + (int)BinaryPrimitives.ReadUInt32LittleEndian(elf.AsSpan(need + 8));
                for (var a = 0; a < auxCount; a++)
                {
                    var name = stringsOffset + (int)BinaryPrimitives.ReadUInt32LittleEndian(elf.AsSpan(aux + 8));
                    var flags = BinaryPrimitives.ReadUInt16LittleEndian(elf.AsSpan(aux + 4));
                    if (elf.AsSpan(name).StartsWith(wanted) && elf[name + wanted.Length] == 0 && (flags & Weak) == 0)
                    {
                        BinaryPrimitives.WriteUInt16LittleEndian(elf.AsSpan(aux + 4), (ushort)(flags | Weak));
                        changed = true;
                    }

                    aux += (int)BinaryPrimitives.ReadUInt32LittleEndian(elf.AsSpan(aux + 12));
                }

                var next = BinaryPrimitives.ReadUInt32LittleEndian(elf.AsSpan(need + 12));
                if (next == 0)
                {
                    break;
                }

                need += (int)next;
            }
        }

        if (changed)
        {
            var temporary = path + ".weakened";
            File.WriteAllBytes(temporary, elf);
            File.Move(temporary, path, overwrite: true);
        }

        return changed;
    }
}
