namespace CourseKit.Content.Model;

/// <summary>What a label names; it decides which reference roles may point at it.</summary>
public enum LabelKind
{
    /// <summary>A heading, labelled by <c>:label:</c> on the line after it.</summary>
    Section,

    /// <summary>An image paragraph, labelled by <c>:label:</c> after it.</summary>
    Figure,

    /// <summary>A display equation, labelled by <c>:eqlabel:</c> after it.</summary>
    Equation,
}
