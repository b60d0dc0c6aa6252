namespace CourseKit.Autograd;

/// <summary>How <see cref="Differentiate.Jacobian"/> builds the matrix: a row per output, or a column per input.</summary>
public enum JacobianMode
{
    /// <summary>One vector-Jacobian product (backward pass) per output element: cheap when outputs are few.</summary>
    Reverse,

    /// <summary>One Jacobian-vector product per input element: cheap when inputs are few.</summary>
    Forward,
}
