namespace CourseKit.Site.Checking;

/// <summary>
/// How <c>build --check-external</c> treats other people's servers: few requests at a time, fewer still per
/// host with a pause between them, and a time limit per request.
/// </summary>
public sealed record ExternalLinkCheckOptions
{
    /// <summary>How long one request may take before the link counts as not answering.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Requests in flight at once, over all hosts.</summary>
    public int MaxConcurrency { get; init; } = 8;

    /// <summary>Requests in flight at once to one host.</summary>
    public int PerHostConcurrency { get; init; } = 2;

    /// <summary>The pause a host gets after each request before the next one to it.</summary>
    public TimeSpan PerHostDelay { get; init; } = TimeSpan.FromMilliseconds(200);
}
