using System.Text;

namespace CourseKit.Grading.Batch;

/// <summary>Writes a file so that a crash leaves either the old file or the new one, never half of one.</summary>
internal static class AtomicFile
{
    /// <summary>The marker in temporary files' names, so a resumed run can sweep up what a crash left.</summary>
    public const string TemporaryMarker = ".tmp-";

    public static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}{TemporaryMarker}{Guid.NewGuid():N}";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));
                stream.Flush(flushToDisk: true);
            }

            // A rename within one folder is atomic on POSIX file systems.
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
