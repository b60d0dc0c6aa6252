namespace CourseKit.Autograd;

/// <summary>Which neighbouring points a finite-difference quotient uses.</summary>
public enum DifferenceScheme
{
    /// <summary>(f(x + h) − f(x)) / h: the book's definition of the derivative; error O(h).</summary>
    Forward,

    /// <summary>(f(x) − f(x − h)) / h: error O(h).</summary>
    Backward,

    /// <summary>(f(x + h) − f(x − h)) / 2h: error O(h²), the default.</summary>
    Central,
}
