namespace CourseKit.Grading.Worker.Protocol;

/// <summary>What one message on the verdict channel says.</summary>
internal enum FrameType : byte
{
    /// <summary>The submission loaded and its top-level statements ran; calls follow.</summary>
    Ready = 1,

    /// <summary>The entry method was not found in the assembly; the text says why.</summary>
    MissingEntry = 2,

    /// <summary>The top-level statements threw; the text names the exception.</summary>
    LoadThrew = 3,

    /// <summary>Call number <c>Index</c> returned a value of the expected kind.</summary>
    Returned = 4,

    /// <summary>Call number <c>Index</c> returned null, the wrong type or too much.</summary>
    BadOutput = 5,

    /// <summary>Call number <c>Index</c> threw; the text names the exception.</summary>
    Threw = 6,

    /// <summary>All calls are done; nothing else follows.</summary>
    Done = 7,
}
