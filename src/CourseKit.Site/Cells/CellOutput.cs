namespace CourseKit.Site.Cells;

/// <summary>What one executable cell produced, shown under it on the page.</summary>
/// <param name="Stdout">Everything the cell wrote to <c>Console.Out</c>.</param>
/// <param name="Value">The final expression's value as text (<c>tensor([0., 4.])</c>), or null when there is none or it is a figure.</param>
/// <param name="Svg">The returned figure as SVG, or null.</param>
public sealed record CellOutput(string Stdout, string? Value, string? Svg)
{
    /// <summary>True when there is nothing to show.</summary>
    public bool IsEmpty => Stdout.Length == 0 && Value is null && Svg is null;
}
