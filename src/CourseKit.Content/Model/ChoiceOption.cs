namespace CourseKit.Content.Model;

/// <summary>One option of a choice exercise.</summary>
/// <param name="Key">Short key the learner answers with (<c>a</c>, <c>b</c>, …).</param>
/// <param name="Text">The option's Markdown per language.</param>
public sealed record ChoiceOption(string Key, LocalizedText Text);
