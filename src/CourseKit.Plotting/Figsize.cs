namespace CourseKit.Plotting;

/// <summary>A figure's size in inches, as matplotlib's <c>figsize</c>; one inch is <see cref="PixelsPerInch"/> SVG pixels.</summary>
/// <param name="Width">Width in inches.</param>
/// <param name="Height">Height in inches.</param>
public readonly record struct Figsize(double Width, double Height)
{
    /// <summary>SVG pixels per inch: 3.5 × 2.5 inches (the book's default) becomes 350 × 250.</summary>
    public const double PixelsPerInch = 100;

    /// <summary>The book's default figure size, 3.5 × 2.5 inches.</summary>
    public static Figsize Default { get; } = new(3.5, 2.5);

    /// <summary>Width in inches; positive.</summary>
    public double Width { get; } = Positive(Width, nameof(Width));

    /// <summary>Height in inches; positive.</summary>
    public double Height { get; } = Positive(Height, nameof(Height));

    /// <summary>Width in whole SVG pixels.</summary>
    public int PixelWidth => (int)Math.Round(Width * PixelsPerInch, MidpointRounding.AwayFromZero);

    /// <summary>Height in whole SVG pixels.</summary>
    public int PixelHeight => (int)Math.Round(Height * PixelsPerInch, MidpointRounding.AwayFromZero);

    /// <summary>Lets the book's tuple form <c>(3.5, 2.5)</c> be passed where a size is expected.</summary>
    public static implicit operator Figsize((double Width, double Height) size) => new(size.Width, size.Height);

    private static double Positive(double inches, string name) =>
        inches > 0 && double.IsFinite(inches)
            ? inches
            : throw new ArgumentOutOfRangeException(name, inches, "A figure size must be a positive number of inches.");
}
