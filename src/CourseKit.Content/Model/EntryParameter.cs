namespace CourseKit.Content.Model;

/// <summary>One parameter of an entry signature.</summary>
/// <param name="Type">Its type.</param>
/// <param name="Name">Its name, which <c>check.inputs</c> uses to give it a domain.</param>
public sealed record EntryParameter(EntryType Type, string Name);
