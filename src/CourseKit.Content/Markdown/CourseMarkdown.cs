using Markdig;
using Markdig.Syntax;

namespace CourseKit.Content.Markdown;

/// <summary>The one Markdown pipeline every part of CourseKit parses chapters with.</summary>
public static class CourseMarkdown
{
    /// <summary>The shared pipeline (<see cref="CourseMarkdownExtensions.UseCourseKit"/>); immutable and thread-safe.</summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder().UseCourseKit().Build();

    /// <summary>Parses chapter Markdown into a fresh tree (cross-references are not resolved; the loader does that).</summary>
    public static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, Pipeline);
}
