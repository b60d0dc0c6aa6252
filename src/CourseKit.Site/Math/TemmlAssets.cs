namespace CourseKit.Site.Mathematics;

/// <summary>
/// Where Temml's files and the math font sit in the site's restored <c>node_modules</c>, so the renderer can
/// load the script and the theme can copy the stylesheet and font next to the pages.
/// </summary>
/// <param name="TemmlDirectory">The <c>temml</c> package folder.</param>
/// <param name="MathFontFile">The Noto Sans Math web font (npm <c>@fontsource/noto-sans-math</c>) the stylesheet expects.</param>
public sealed record TemmlAssets(string TemmlDirectory, string MathFontFile)
{
    private const string StylesheetFontUrl = "url('NotoSansMath-Regular.ttf')";

    /// <summary>Temml's CommonJS build, the script <see cref="TexRenderer"/> loads.</summary>
    public string Script => Path.Combine(TemmlDirectory, "dist", "temml.cjs");

    /// <summary>
    /// Temml's stylesheet for the Noto Sans Math font, as shipped. It refers to the font as
    /// <c>NotoSansMath-Regular.ttf</c>; <see cref="Stylesheet"/> gives it with the font's real URL.
    /// </summary>
    public string StylesheetFile => Path.Combine(TemmlDirectory, "dist", "Temml-NotoSans.css");

    /// <summary>Finds the assets under <paramref name="siteDirectory"/>/node_modules; throws when they were not restored.</summary>
    public static TemmlAssets Locate(string siteDirectory)
    {
        string modules = Path.Combine(Path.GetFullPath(siteDirectory), "node_modules");
        var assets = new TemmlAssets(
            Path.Combine(modules, "temml"),
            Path.Combine(modules, "@fontsource", "noto-sans-math", "files", "noto-sans-math-latin-400-normal.woff2"));
        foreach (string file in new[] { assets.Script, assets.StylesheetFile, assets.MathFontFile })
        {
            if (!File.Exists(file))
            {
                throw new FileNotFoundException($"{file} is missing: restore the site's npm packages (NpmRestore, or `npm ci` in {siteDirectory}).", file);
            }
        }
        return assets;
    }

    /// <summary>
    /// The stylesheet's text with its font reference pointing at <paramref name="mathFontUrl"/>, where the
    /// theme copied <see cref="MathFontFile"/> (relative to the stylesheet, e.g. <c>fonts/noto-sans-math.woff2</c>).
    /// </summary>
    public string Stylesheet(string mathFontUrl)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mathFontUrl);
        string css = File.ReadAllText(StylesheetFile);
        if (!css.Contains(StylesheetFontUrl, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{StylesheetFile} no longer refers to {StylesheetFontUrl}; check the Temml upgrade.");
        }
        return css.Replace(StylesheetFontUrl, $"url('{mathFontUrl}') format('woff2')", StringComparison.Ordinal);
    }
}
