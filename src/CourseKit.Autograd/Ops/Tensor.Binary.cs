namespace CourseKit.Autograd;

public sealed partial class Tensor
{
    /// <summary>Forward of an elementwise binary operation with NumPy broadcasting; one-element operands take a short path.</summary>
    internal static Tensor BinaryForward<TKernel>(Tensor a, Tensor b)
        where TKernel : IBinaryKernel
    {
        if (a._count == 1 && b._count == 1 && a._shape.Length == b._shape.Length)
        {
            return new Tensor([TKernel.Apply(a._data[0], b._data[0])], a._shape);
        }

        var shape = Shapes.Broadcast(a._shape, b._shape);
        var result = Uninitialized(shape);
        Broadcast.Apply<TKernel>(a._data, a._shape, b._data, b._shape, result._data, shape);
        return result;
    }

    /// <summary>Forward of x ⊕ s for a constant s, keeping x's shape.</summary>
    internal static Tensor ScalarForward<TKernel>(Tensor x, double s, bool scalarFirst)
        where TKernel : IBinaryKernel
    {
        var result = Uninitialized(x._shape, x._count);
        if (x._count == 1)
        {
            result._data[0] = scalarFirst ? TKernel.Apply(s, x._data[0]) : TKernel.Apply(x._data[0], s);
        }
        else if (scalarFirst)
        {
            TKernel.Apply(s, x._data, result._data);
        }
        else
        {
            TKernel.Apply(x._data, s, result._data);
        }

        return result;
    }
}
