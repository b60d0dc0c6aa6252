using CourseKit.Content.Markdown.Admonitions;
using CourseKit.Content.Markdown.CrossReferences;
using CourseKit.Content.Markdown.ExecutableCells;
using CourseKit.Content.Markdown.HighlightMarks;
using Markdig;

namespace CourseKit.Content.Markdown;

/// <summary>Fluent switches for CourseKit's Markdown extensions, in Markdig's <c>UseXxx()</c> style.</summary>
public static class CourseMarkdownExtensions
{
    /// <summary>d2l cross-references: <c>:label:</c>, <c>:eqlabel:</c>, <c>:numref:</c>, <c>:eqref:</c>, <c>:ref:</c>.</summary>
    public static MarkdownPipelineBuilder UseCrossReferences(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<CrossReferenceExtension>();
        return pipeline;
    }

    /// <summary>Executable C# cells written ```` ```csharp run ````.</summary>
    public static MarkdownPipelineBuilder UseExecutableCells(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<ExecutableCellExtension>();
        return pipeline;
    }

    /// <summary>The book's highlight marks <c>(**…**)</c> and <c>[**…**]</c>.</summary>
    public static MarkdownPipelineBuilder UseHighlightMarks(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<HighlightMarkExtension>();
        return pipeline;
    }

    /// <summary>Admonitions written <c>:::note</c> … <c>:::</c>.</summary>
    public static MarkdownPipelineBuilder UseAdmonitions(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<AdmonitionExtension>();
        return pipeline;
    }

    /// <summary>
    /// Everything a course chapter uses: CommonMark with Markdig's common extensions (tables, footnotes, task and
    /// list extras, auto links and heading ids, math) plus CourseKit's own, with precise source positions.
    /// </summary>
    public static MarkdownPipelineBuilder UseCourseKit(this MarkdownPipelineBuilder pipeline) =>
        pipeline
            .UsePreciseSourceLocation()
            .UseAbbreviations()
            .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
            .UseDefinitionLists()
            .UseEmphasisExtras()
            .UseFootnotes()
            .UseGridTables()
            .UseListExtras()
            .UsePipeTables()
            .UseTaskLists()
            .UseAutoLinks()
            .UseMathematics()
            .UseAdmonitions()
            .UseCrossReferences()
            .UseHighlightMarks()
            .UseExecutableCells()
            .UseGenericAttributes();
}
