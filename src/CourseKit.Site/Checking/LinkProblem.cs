namespace CourseKit.Site.Checking;

/// <summary>What is wrong with an external link.</summary>
/// <param name="IsLasting">True when it will not pass by itself (404, no such host): an error; else a warning.</param>
/// <param name="Message">What happened, to follow "the external link `url`".</param>
/// <param name="Fix">What the author can do.</param>
public sealed record LinkProblem(bool IsLasting, string Message, string Fix);
