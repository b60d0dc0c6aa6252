using System.Globalization;
using System.Net;
using System.Text;
using CourseKit.Content.Model;
using CourseKit.Site.Rendering.Code;
using Markdig.Renderers;

namespace CourseKit.Site.Rendering.Exercises;

/// <summary>
/// The exercises section of a chapter page: per exercise its title, points, prompt, hints, starter code with
/// a copy button and the exact <c>grade</c> command. It reads only what learners may see — never the
/// check's reference, inputs, hidden checks or anything under <c>graders/</c>.
/// </summary>
public static class HtmlExerciseWriter
{
    /// <summary>The id of the section, for the table of contents (not <c>exercises</c>, which a chapter's own heading may take).</summary>
    public const string SectionId = "graded-exercises";

    /// <summary>
    /// True when the chapter's document already has an "Exercises" section (d2l chapters end with one); the graded
    /// exercises then join it instead of opening a second section of the same name.
    /// </summary>
    public static bool HasOwnSection(ChapterDocument document, string language)
    {
        ArgumentNullException.ThrowIfNull(document);
        string title = Words.Get(language, "exercises");
        return document.Sections.Any(s => s.Level == 2 && string.Equals(s.Title, title, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The command a learner runs to grade an answer saved as <c>&lt;id&gt;.csx</c>.</summary>
    public static string GradeCommand(Exercise exercise)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        return $"grade {exercise.Id}.csx --exercise {exercise.Id}";
    }

    /// <summary>The HTML of the section (with its own heading unless <paramref name="withHeading"/> is false), or empty when the chapter has no exercises.</summary>
    public static string Render(IReadOnlyList<Exercise> exercises, DocumentRenderContext context, bool withHeading = true)
    {
        ArgumentNullException.ThrowIfNull(exercises);
        ArgumentNullException.ThrowIfNull(context);
        if (exercises.Count == 0)
        {
            return "";
        }
        string language = context.Language;
        var html = new StringBuilder();
        html.Append("<section class=\"exercises\" id=\"").Append(SectionId).Append("\">\n");
        if (withHeading)
        {
            html.Append("<h2>").Append(Encode(Words.Get(language, "exercises")))
                .Append("<a class=\"anchor\" data-pagefind-ignore href=\"#").Append(SectionId).Append("\" aria-label=\"§\">§</a></h2>\n");
        }
        int number = 0;
        foreach (var exercise in exercises)
        {
            number++;
            AppendExercise(html, exercise, number, context);
        }
        html.Append("</section>\n");
        return html.ToString();
    }

    private static void AppendExercise(StringBuilder html, Exercise exercise, int number, DocumentRenderContext pageContext)
    {
        var context = pageContext.ForFile(exercise.File);
        string language = context.Language;
        string id = "exercise-" + exercise.Id;
        string points = exercise.Points == 1
            ? Words.Get(language, "point")
            : Words.Get(language, "points", exercise.Points.ToString("0.##", CultureInfo.InvariantCulture));
        html.Append("<article class=\"exercise\" id=\"").Append(Encode(id)).Append("\" data-exercise=\"").Append(Encode(exercise.Id)).Append("\">\n");
        html.Append("<h3><span class=\"secno\">")
            .Append(Encode($"{Words.Get(language, "exercise")} {context.Chapter.Number}.{number}"))
            .Append("</span> ").Append(Encode(exercise.Title.Get(language)))
            .Append(" <span class=\"points\">").Append(Encode(points)).Append("</span>")
            .Append("<a class=\"anchor\" data-pagefind-ignore href=\"#").Append(Encode(id)).Append("\" aria-label=\"§\">§</a></h3>\n");
        html.Append("<div class=\"exercise-prompt\">\n").Append(CourseHtml.RenderMarkdown(exercise.Prompt.Get(language), context)).Append("</div>\n");
        foreach (string hint in exercise.HintsIn(language))
        {
            html.Append("<details class=\"hint\"><summary>").Append(Encode(Words.Get(language, "hint"))).Append("</summary>\n")
                .Append(CourseHtml.RenderMarkdown(hint, context)).Append("</details>\n");
        }
        string file = exercise.Id + ".csx";
        if (exercise.Starter.Length > 0)
        {
            string starterId = "starter-" + exercise.Id;
            html.Append("<div class=\"starter\">\n<div class=\"starter-bar\"><span>")
                .Append(Encode(Words.Get(language, "starter"))).Append(" — ").Append(Encode(Words.Get(language, "save-as")))
                .Append(" <code>").Append(Encode(file)).Append("</code></span>")
                .Append("<button type=\"button\" class=\"copy\" data-pagefind-ignore data-copy=\"").Append(Encode(starterId)).Append("\">")
                .Append(Encode(Words.Get(language, "copy"))).Append("</button></div>\n");
            using var writer = new StringWriter();
            var renderer = new HtmlRenderer(writer);
            HtmlHighlightedCodeRenderer.WriteBlock(renderer, context, exercise.Starter.TrimEnd('\n'), "csharp", "starter-code", starterId);
            writer.Flush();
            html.Append(writer).Append("</div>\n");
        }
        string gradeId = "grade-" + exercise.Id;
        html.Append("<div class=\"grade\"><span>").Append(Encode(Words.Get(language, "grade-with"))).Append("</span>")
            .Append("<pre class=\"grade-command\" id=\"").Append(Encode(gradeId)).Append("\"><code>")
            .Append(Encode(GradeCommand(exercise))).Append("</code></pre>")
            .Append("<button type=\"button\" class=\"copy\" data-pagefind-ignore data-copy=\"").Append(Encode(gradeId)).Append("\">")
            .Append(Encode(Words.Get(language, "copy"))).Append("</button></div>\n");
        html.Append("</article>\n");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
