namespace CourseKit.Content.Markdown.CrossReferences;

/// <summary>The d2l-style roles: two define labels, three refer to them.</summary>
public enum CrossReferenceRole
{
    /// <summary>A role name that is not one of ours (reported as a diagnostic).</summary>
    Unknown,

    /// <summary><c>:label:`name`</c> after a heading or figure.</summary>
    Label,

    /// <summary><c>:eqlabel:`name`</c> after a display equation.</summary>
    EqLabel,

    /// <summary><c>:numref:`name`</c>: "Section 1.2", "Fig. 1.3".</summary>
    NumRef,

    /// <summary><c>:eqref:`name`</c>: "(1.4)".</summary>
    EqRef,

    /// <summary><c>:ref:`name`</c>: the section's title as a link.</summary>
    Ref,
}
