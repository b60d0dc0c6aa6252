namespace CourseKit.Content.Model;

/// <summary>When a learner sees a check's result (Gradescope's names).</summary>
public enum CheckVisibility
{
    /// <summary>Shown at once.</summary>
    Visible,

    /// <summary>Never shown to the learner; counts toward the score.</summary>
    Hidden,

    /// <summary>Shown once the due date has passed.</summary>
    AfterDue,
}
