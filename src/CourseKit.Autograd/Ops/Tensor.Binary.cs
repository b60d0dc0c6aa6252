namespace CourseKit.Autograd;

public sealed partial class Tensor
{
    /// <summary>Forward of an elementwise binary operation with NumPy broadcasting; one-element operands take a short path.</summary>
    internal static Tensor BinaryForward<TKernel>(Tensor a, Tensor b)
        where TKernel : IBinaryKernel
    {
        if (a._count == 1 && b._count == 1 && a._shape.Length == b._shape.Length)
        {
            return new Tensor(TKernel.Apply(a._first, b._first), a._shape);
        }

        var shape = Shapes.Broadcast(a._shape, b._shape);
        var result = Result(shape);
        Broadcast.Apply<TKernel>(a._span, a._shape, b._span, b._shape, result._span, shape);
        return result;
    }

    /// <summary>Forward of x ⊕ s for a constant s, keeping x's shape.</summary>
    internal static Tensor ScalarForward<TKernel>(Tensor x, double s, bool scalarFirst)
        where TKernel : IBinaryKernel
    {
        if (x._count == 1)
        {
            var v = x._first;
            return new Tensor(scalarFirst ? TKernel.Apply(s, v) : TKernel.Apply(v, s), x._shape);
        }

        var result = Result(x._shape, x._count);
        if (scalarFirst)
        {
            TKernel.Apply(s, x._span, result._span);
        }
        else
        {
            TKernel.Apply(x._span, s, result._span);
        }

        return result;
    }
}
