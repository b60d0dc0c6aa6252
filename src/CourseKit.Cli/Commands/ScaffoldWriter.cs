using System.Text;
using CourseKit.Content.Authoring;

namespace CourseKit.Cli.Commands;

/// <summary>Writes what the scaffolder computed, never overwriting an existing file it did not mean to replace.</summary>
internal static class ScaffoldWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static int Write(CliConsole console, string root, ScaffoldResult result)
    {
        if (result.Error is not null)
        {
            console.Error.WriteLine($"coursekit: {result.Error}");
            return result.IsUsageError ? ExitCodes.Usage : ExitCodes.Failure;
        }

        foreach (var file in result.Files)
        {
            var full = Path.Combine(root, file.Path.Replace('/', Path.DirectorySeparatorChar));
            if (File.Exists(full) && !file.Replaces)
            {
                console.Error.WriteLine($"coursekit: {file.Path} already exists; nothing was written after it");
                return ExitCodes.Failure;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, file.Text, Utf8);
            console.Out.WriteLine($"{(file.Replaces ? "updated" : "created")} {file.Path}");
        }

        return ExitCodes.Success;
    }
}
