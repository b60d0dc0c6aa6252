using ScottPlot;
using ScottPlot.FontResolvers;

namespace CourseKit.Plotting;

/// <summary>
/// Pins the font every figure is measured and drawn with, so the same figure gives byte-identical SVG on
/// every machine instead of depending on whichever fonts the system happens to have.
/// </summary>
/// <remarks>
/// The faces are Noto Sans TTFs from the npm package <c>@expo-google-fonts/noto-sans</c>, pinned in
/// <c>site/package-lock.json</c> and copied next to this assembly by the build. SVG output keeps text as
/// <c>&lt;text&gt;</c> elements laid out with these metrics, so the site serves the same family
/// (<c>@fontsource/noto-sans</c>) for browsers to draw exactly what was measured.
/// </remarks>
public static class PlotFonts
{
    /// <summary>The family name figures use, as written in the SVG <c>font-family</c> attributes.</summary>
    public const string Family = "Noto Sans";

    private static readonly (string File, FontWeight Weight, FontSlant Slant)[] Faces =
    [
        ("NotoSans-Regular.ttf", FontWeight.Normal, FontSlant.Upright),
        ("NotoSans-Bold.ttf", FontWeight.Bold, FontSlant.Upright),
        ("NotoSans-Italic.ttf", FontWeight.Normal, FontSlant.Italic),
        ("NotoSans-BoldItalic.ttf", FontWeight.Bold, FontSlant.Italic),
    ];

    private static readonly Lazy<string> PinnedDirectory = new(Pin, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The folder the pinned TTF files were loaded from (<c>fonts/</c> next to the application).</summary>
    public static string Directory => PinnedDirectory.Value;

    /// <summary>
    /// Registers the pinned faces with ScottPlot ahead of system fonts and makes them the default; safe to
    /// call many times and from many threads. Throws when the fonts were not restored, since a figure drawn
    /// with a system font would silently differ between machines.
    /// </summary>
    public static void EnsurePinned() => _ = PinnedDirectory.Value;

    private static string Pin()
    {
        string directory = FindFontDirectory();
        // Inserted first: ScottPlot asks resolvers in order, and a system "Noto Sans" of another version
        // would otherwise win and change the metrics.
        for (int i = Faces.Length - 1; i >= 0; i--)
        {
            var (file, weight, slant) = Faces[i];
            Fonts.FontResolvers.Insert(0, new FileFontResolver(Family, Path.Combine(directory, file), weight, slant, FontSpacing.Normal));
        }
        Fonts.Default = Family;
        Fonts.Sans = Family;
        return directory;
    }

    private static string FindFontDirectory()
    {
        string[] candidates =
        [
            Path.Combine(AppContext.BaseDirectory, "fonts"),
            Path.Combine(Path.GetDirectoryName(typeof(PlotFonts).Assembly.Location) ?? ".", "fonts"),
        ];
        foreach (string candidate in candidates)
        {
            if (Faces.All(face => File.Exists(Path.Combine(candidate, face.File))))
            {
                return candidate;
            }
        }
        throw new InvalidOperationException(
            $"The pinned plot fonts were not found in {candidates[0]}. They come from site/node_modules " +
            "(npm package @expo-google-fonts/noto-sans); run `npm ci` in site/ and rebuild.");
    }
}
