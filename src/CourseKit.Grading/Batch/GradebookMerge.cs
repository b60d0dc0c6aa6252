namespace CourseKit.Grading.Batch;

/// <summary>
/// Joins the output folders of several shards (or runs) into one: gradebook rows deduplicated by student and
/// exercise, and their JSON reports copied. Two rows for the same answer that disagree are a conflict, and then
/// nothing is written, so no grade is silently picked.
/// </summary>
public static class GradebookMerge
{
    /// <summary>Merges the output folders <paramref name="inputs"/> into <paramref name="target"/>.</summary>
    /// <exception cref="FormatException">An input's gradebook is malformed.</exception>
    /// <exception cref="FileNotFoundException">An input folder holds no gradebook.</exception>
    public static MergeResult Merge(IReadOnlyList<string> inputs, string target)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var kept = new Dictionary<(string, string), (GradebookRow Row, string From)>();
        var order = new List<(string, string)>();
        var conflicts = new List<string>();
        var duplicates = 0;
        foreach (var input in inputs)
        {
            var gradebook = Path.Combine(input, Gradebook.FileName);
            if (!File.Exists(gradebook))
            {
                throw new FileNotFoundException($"'{input}' holds no {Gradebook.FileName}; is it a `coursekit grade` output folder?", gradebook);
            }

            foreach (var row in Gradebook.Read(gradebook))
            {
                var key = (row.Student, row.Exercise);
                if (!kept.TryGetValue(key, out var first))
                {
                    kept[key] = (row, input);
                    order.Add(key);
                }
                else if (first.Row.SameResult(row))
                {
                    duplicates++;
                }
                else
                {
                    conflicts.Add(
                        $"student '{row.Student}', exercise '{row.Exercise}': {first.From} says {Describe(first.Row)}, {input} says {Describe(row)}");
                }
            }
        }

        if (conflicts.Count > 0)
        {
            return new MergeResult([], duplicates, conflicts);
        }

        using var output = new BatchOutput(target);
        foreach (var key in order)
        {
            var (row, from) = kept[key];
            using var input = new BatchOutput(from);
            var source = input.ReportPath(row.Student, row.Exercise);
            var destination = output.ReportPath(row.Student, row.Exercise);
            if (File.Exists(source) && Path.GetFullPath(source) != destination)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Copy(source, destination, overwrite: true);
            }
        }

        var rows = order.Select(k => kept[k].Row).ToList();
        Gradebook.Write(output.GradebookPath, rows);
        return new MergeResult(rows, duplicates, []);
    }

    private static string Describe(GradebookRow row) =>
        $"{row.Score.ToString(System.Globalization.CultureInfo.InvariantCulture)}/{row.MaxScore.ToString(System.Globalization.CultureInfo.InvariantCulture)} {row.Verdict}";
}
