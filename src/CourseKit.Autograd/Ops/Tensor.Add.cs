namespace CourseKit.Autograd;

public sealed partial class Tensor
{
    /// <summary>Elementwise sum with broadcasting.</summary>
    public static Tensor operator +(Tensor a, Tensor b)
    {
        var result = BinaryForward<AddKernel>(a, b);
        return Records(a, b) ? result.Recorded(new AddNode(a, b)) : result;
    }

    /// <summary>Adds a constant to every element.</summary>
    public static Tensor operator +(Tensor a, double b)
    {
        var result = ScalarForward<AddKernel>(a, b, scalarFirst: false);
        return Records(a) ? result.Recorded(new AddScalarNode(a)) : result;
    }

    /// <summary>Adds a constant to every element.</summary>
    public static Tensor operator +(double a, Tensor b) => b + a;

    /// <summary>Elementwise sum with broadcasting (static form).</summary>
    public static Tensor Add(Tensor a, Tensor b) => a + b;

    /// <summary>∂(a + b)/∂a = ∂(a + b)/∂b = 1: the gradient passes through, summed over broadcast dimensions.</summary>
    private sealed class AddNode(Tensor a, Tensor b) : BinaryNode(a, b)
    {
        internal override string Name => "AddBackward0";

        internal override bool SavesValues => false;

        internal override void Backward(Tensor output, ReadOnlySpan<double> grad)
        {
            // Only the last reader may take over the output's buffer.
            Grads.Pass(A, grad, output._shape);
            Grads.Pass(B, grad, output._shape, donor: output);
        }

        internal override void BackwardGraph(Tensor output, Tensor grad)
        {
            Grads.Graph(A, grad);
            Grads.Graph(B, grad);
        }
    }

    private sealed class AddScalarNode(Tensor x) : UnaryNode(x)
    {
        internal override string Name => "AddBackward0";

        internal override bool SavesValues => false;

        internal override void Backward(Tensor output, ReadOnlySpan<double> grad) =>
            Grads.Pass(X, grad, output._shape, donor: output);

        internal override void BackwardGraph(Tensor output, Tensor grad) => Grads.Graph(X, grad);
    }
}
