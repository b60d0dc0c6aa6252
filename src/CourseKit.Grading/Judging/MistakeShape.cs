namespace CourseKit.Grading.Judging;

/// <summary>The recognisable shapes a wrong answer takes; each one has its own hint.</summary>
public enum MistakeShape
{
    /// <summary>Every value is within tolerance.</summary>
    None,

    /// <summary>A different number of values than the truth has.</summary>
    WrongLength,

    /// <summary>NaN or ∞ where the truth is finite.</summary>
    NotFinite,

    /// <summary>The negative of the truth everywhere.</summary>
    SignFlipped,

    /// <summary>The truth times one constant everywhere (the power rule's factor forgotten, a stray ½).</summary>
    ConstantFactor,

    /// <summary>The truth plus one constant everywhere.</summary>
    ConstantOffset,

    /// <summary>The right values in the wrong places (components swapped).</summary>
    SwappedComponents,

    /// <summary>Some components are always right and others always wrong.</summary>
    SomeComponentsWrong,

    /// <summary>Some components are right and the others are their truth times one constant (a partial derivative's factor lost).</summary>
    SomeComponentsScaled,

    /// <summary>Right at some inputs, wrong at others (a special case that happens to work).</summary>
    RightOnlyAtSomePoints,

    /// <summary>Wrong with no pattern found.</summary>
    Other,
}
