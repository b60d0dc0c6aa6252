using System.Diagnostics;
using System.Text;
using CourseKit.Content.Diagnostics;
using CourseKit.Content.FileSystem;
using CourseKit.Content.Loading;
using Xunit.Abstractions;

namespace CourseKit.Content.Tests;

/// <summary>
/// 10,000 seeded mutations of the valid test course, in memory: each must load to a model plus diagnostics,
/// with no exception and no hang. A failing seed is printed so it can be replayed with <see cref="Mutate"/>.
/// </summary>
public class FuzzTests(ITestOutputHelper output)
{
    private const int Mutations = 10_000;
    private static readonly HashSet<string> KnownCodes = DiagnosticCodes.All.Select(c => c.Code).ToHashSet();

    private static readonly string[] YamlDamage =
        ["[", "]", "{", "}", ": ", "- ", "\t", "&a ", "*a", "!!int ", "\"", "'", "|", ">", "#", "---\n", "...\n", "? ", "%YAML 1.2\n", "~", "-1e999", "NaN"];

    private static readonly string[] MarkdownDamage =
        ["```", "```csharp run\n", "$$", "$", ":::", ":::note\n", ":label:`", ":label:`x`", ":eqlabel:`eq`", ":numref:`", ":ref:`sec_rules`",
         "(**", "[**", "**)", "**]", "# ", "\n## ", "![", "](", "|", "\n---\n", "<div>", "\\", "\n    ", "> ", "1. ", "[^1]", "{#id}"];

    [Fact]
    public async Task Ten_thousand_mutations_load_without_exceptions_or_hangs()
    {
        var original = TestCourses.ValidInMemory().Files.ToArray();
        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var withDiagnostics = 0;
        var slowestTicks = 0L;
        var total = Stopwatch.StartNew();

        // Loads are independent, so the seeds are spread over the cores; each seed's result does not depend on the order.
        var run = Task.Run(() => Parallel.For(0, Mutations, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, seed =>
        {
            var files = Mutate(original, seed);
            var watch = Stopwatch.StartNew();
            try
            {
                var loaded = CourseLoader.Load(files);
                Assert.NotNull(loaded.Course);
                foreach (var diagnostic in loaded.Diagnostics)
                {
                    Assert.Contains(diagnostic.Code, KnownCodes);
                    Assert.False(string.IsNullOrEmpty(diagnostic.File));
                    Assert.True(diagnostic.Line >= 0 && diagnostic.Column >= 0);
                    Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message));
                }

                if (loaded.Diagnostics.Count > 0)
                {
                    Interlocked.Increment(ref withDiagnostics);
                }
            }
            catch (Exception e)
            {
                failures.Enqueue($"seed {seed}: {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
            }

            var ticks = watch.Elapsed.Ticks;
            for (var seen = Interlocked.Read(ref slowestTicks); ticks > seen; seen = Interlocked.Read(ref slowestTicks))
            {
                Interlocked.CompareExchange(ref slowestTicks, ticks, seen);
            }
        }));

        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromMinutes(3)));
        var slowest = TimeSpan.FromTicks(Interlocked.Read(ref slowestTicks));
        Assert.True(finished == run, $"the fuzz run hung (slowest single load so far {slowest.TotalMilliseconds:F0} ms)");
        output.WriteLine($"{Mutations} loads in {total.Elapsed.TotalSeconds:F1} s; slowest {slowest.TotalMilliseconds:F1} ms; {withDiagnostics} with diagnostics");
        Assert.True(failures.IsEmpty, string.Join("\n\n", failures.Take(5)));
        Assert.True(slowest < TimeSpan.FromSeconds(5), $"a single load took {slowest.TotalMilliseconds:F0} ms");
        Assert.True(withDiagnostics > Mutations / 2, $"only {withDiagnostics} mutations were diagnosed; the mutator is too gentle");
    }

    /// <summary>Applies one to three seeded mutations to a copy of the course.</summary>
    internal static InMemoryCourseFileSystem Mutate(KeyValuePair<string, byte[]>[] original, int seed)
    {
        var random = new Random(seed);
        var files = new Dictionary<string, byte[]>(original);
        var count = 1 + random.Next(3);
        for (var m = 0; m < count; m++)
        {
            var paths = files.Keys.Order(StringComparer.Ordinal).ToArray();
            var path = paths[random.Next(paths.Length)];
            var bytes = files[path];
            switch (random.Next(10))
            {
                case 0:
                    files[path] = FlipBytes(bytes, random);
                    break;
                case 1:
                    files[path] = bytes[..random.Next(bytes.Length + 1)];
                    break;
                case 2:
                    files.Remove(path);
                    break;
                case 3:
                    files.Remove(path);
                    files[Rename(path, random)] = bytes;
                    break;
                case 4 or 5:
                    files[path] = EditLines(bytes, random);
                    break;
                default:
                    var damage = path.EndsWith(".md", StringComparison.Ordinal) ? MarkdownDamage : YamlDamage;
                    files[path] = Insert(bytes, damage[random.Next(damage.Length)], random);
                    break;
            }
        }

        return new InMemoryCourseFileSystem(files);
    }

    private static byte[] FlipBytes(byte[] bytes, Random random)
    {
        var copy = (byte[])bytes.Clone();
        for (var i = 0; i < 1 + random.Next(4) && copy.Length > 0; i++)
        {
            copy[random.Next(copy.Length)] = (byte)random.Next(256);
        }

        return copy;
    }

    private static byte[] Insert(byte[] bytes, string text, Random random)
    {
        var at = random.Next(bytes.Length + 1);
        return [.. bytes[..at], .. Encoding.UTF8.GetBytes(text), .. bytes[at..]];
    }

    private static byte[] EditLines(byte[] bytes, Random random)
    {
        var lines = Encoding.UTF8.GetString(bytes).Split('\n').ToList();
        var i = random.Next(lines.Count);
        var j = random.Next(lines.Count);
        switch (random.Next(5))
        {
            case 0:
                lines.RemoveAt(i);
                break;
            case 1:
                lines.Insert(i, lines[j]);
                break;
            case 2:
                (lines[i], lines[j]) = (lines[j], lines[i]);
                break;
            case 3:
                lines[i] = new string(' ', random.Next(6)) + lines[i].TrimStart();
                break;
            default:
                var colon = lines[i].IndexOf(':', StringComparison.Ordinal);
                lines[i] = colon >= 0 ? lines[i][..(colon + 1)] + " " + lines[j] : lines[i] + lines[j];
                break;
        }

        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    private static string Rename(string path, Random random) => random.Next(4) switch
    {
        0 => path.Replace("index.md", "index.fr.md", StringComparison.Ordinal),
        1 => path.Replace(".yml", ".yaml", StringComparison.Ordinal),
        2 => path.Replace("01-calculus", "03-calculus", StringComparison.Ordinal),
        _ => path.Replace("correct-", "right-", StringComparison.Ordinal),
    };
}
