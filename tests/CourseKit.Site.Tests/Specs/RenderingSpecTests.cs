namespace CourseKit.Site.Tests.Specs;

/// <summary>The rendering specs: each Specs/*.md file's examples, rendered and compared with their expected HTML.</summary>
[Collection(SiteAssetsGroup.Name)]
public class RenderingSpecTests(SiteAssets site)
{
    public static TheoryData<string, int> CrossReferences => SpecExample.In("CrossReferences.md");

    public static TheoryData<string, int> Mathematics => SpecExample.In("Mathematics.md");

    public static TheoryData<string, int> ExecutableCells => SpecExample.In("ExecutableCells.md");

    public static TheoryData<string, int> Admonitions => SpecExample.In("Admonitions.md");

    public static TheoryData<string, int> Exercises => SpecExample.In("Exercises.md");

    [Theory]
    [MemberData(nameof(CrossReferences))]
    [MemberData(nameof(Mathematics))]
    [MemberData(nameof(ExecutableCells))]
    [MemberData(nameof(Admonitions))]
    public void Chapter_markdown_renders_as_specified(string file, int number)
    {
        var example = SpecExample.Read(file)[number - 1];
        example.Verify(SpecRenderer.RenderChapter(site, example.Input));
    }

    [Theory]
    [MemberData(nameof(Exercises))]
    public void Exercises_render_as_specified(string file, int number)
    {
        var example = SpecExample.Read(file)[number - 1];
        example.Verify(SpecRenderer.RenderExercise(site, example.Input));
    }
}
