namespace CourseKit.Site;

/// <summary>
/// Codes of the problems only a build finds (the loader's are CK0xx): stable, so authors and CI can search
/// for them and tests can assert them.
/// </summary>
public static class SiteDiagnosticCodes
{
    /// <summary>A formula that Temml cannot parse.</summary>
    public const string MathError = "CK300";

    /// <summary>An executable cell that does not compile.</summary>
    public const string CellCompileError = "CK301";

    /// <summary>An executable cell that threw while running.</summary>
    public const string CellRuntimeError = "CK302";

    /// <summary>An internal link to a page or file that the site does not have.</summary>
    public const string BrokenLink = "CK303";

    /// <summary>An internal link to an anchor that its page does not have.</summary>
    public const string BrokenAnchor = "CK304";

    /// <summary>The theme (templates, npm packages, search indexer) could not do its part.</summary>
    public const string ThemeError = "CK305";

    /// <summary>A cross-reference the loader could not resolve reached rendering.</summary>
    public const string UnresolvedReference = "CK306";

    /// <summary>An external link that answered with an error or not at all (checked only with <c>--check-external</c>).</summary>
    public const string BrokenExternalLink = "CK307";

    /// <summary>An executable cell still running at the course's <c>cell_time_limit</c>.</summary>
    public const string CellTimeLimit = "CK308";
}
