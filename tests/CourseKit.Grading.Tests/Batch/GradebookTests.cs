using CourseKit.Grading.Batch;

namespace CourseKit.Grading.Tests.Batch;

public class GradebookTests
{
    [Fact]
    public void Rows_are_quoted_as_RFC_4180_says_and_read_back_unchanged()
    {
        using var folder = new ClassFolder();
        var path = Path.Combine(folder.Root, "gradebook.csv");
        GradebookRow[] rows =
        [
            new("plain", "square-derivative", 10, 10, "passed", "passed", 0.8126),
            new("o'brien, \"bo\"", "ex", 2.5, 10, "failed", "wrong", 1),
            new("line\nbreak", "ex", 0, 0, "error", "error", 0),
        ];

        Gradebook.Write(path, rows);

        var text = File.ReadAllText(path);
        Assert.StartsWith("student,exercise,score,max_score,status,verdict,seconds\r\nplain,square-derivative,10,10,passed,passed,0.813\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\"o'brien, \"\"bo\"\"\",ex,2.5,10,failed,wrong,1.000\r\n", text, StringComparison.Ordinal);
        Assert.Equal(rows.Select(r => r with { Seconds = Math.Round(r.Seconds, 3) }), Gradebook.Read(path));
    }

    [Fact]
    public void A_last_line_cut_short_by_a_crash_is_dropped_but_a_broken_line_inside_is_an_error()
    {
        using var folder = new ClassFolder();
        var path = Path.Combine(folder.Root, "gradebook.csv");
        File.WriteAllText(path, Gradebook.Header + "a,ex,1,2,failed,wrong,0.5\r\nb,ex,2,2,pas");
        Assert.Equal(["a"], Gradebook.Read(path).Select(r => r.Student));

        File.WriteAllText(path, Gradebook.Header + "a,ex,1\r\nb,ex,2,2,passed,passed,0.1\r\n");
        Assert.Contains("line 2", Assert.Throws<FormatException>(() => Gradebook.Read(path)).Message, StringComparison.Ordinal);

        File.WriteAllText(path, "name,grade\r\n");
        Assert.Throws<FormatException>(() => Gradebook.Read(path));
    }
}
