namespace CourseKit.Autograd;

public sealed partial class Tensor
{
    /// <summary>
    /// The same elements under a new shape (one dimension may be −1, inferred), sharing data with this tensor
    /// as PyTorch's views do.
    /// </summary>
    public Tensor Reshape(params int[] shape)
    {
        var target = (int[])shape.Clone();
        var infer = -1;
        var known = 1;
        for (var i = 0; i < target.Length; i++)
        {
            if (target[i] == -1 && infer < 0)
            {
                infer = i;
            }
            else if (target[i] < 0)
            {
                throw new ArgumentException($"shape {ShapeText(shape)} is invalid: only one dimension can be inferred (-1) and sizes cannot be negative.");
            }
            else
            {
                known *= target[i];
            }
        }

        if (infer >= 0 && known != 0 && _count % known == 0)
        {
            target[infer] = _count / known;
        }

        if (Shapes.CountOf(target) != _count || (infer >= 0 && target[infer] < 0))
        {
            throw new ArgumentException(
                $"shape {ShapeText(shape)} is invalid for input of size {_count} (shape {ShapeText(_shape)}). " +
                "The new shape must hold exactly as many elements.");
        }

        if (Shapes.Equal(target, _shape))
        {
            target = _shape;
        }

        var result = View(target.Length == 0 ? Shapes.ScalarShape : target);
        return Records(this) ? result.Recorded(new ViewNode(this)) : result;
    }

    /// <summary>Flattens to one dimension.</summary>
    public Tensor Flatten() => Reshape(-1);

    /// <summary>A reshape moves no data, so the gradient is reshaped back.</summary>
    private sealed class ViewNode(Tensor x) : UnaryNode(x)
    {
        internal override string Name => "ViewBackward0";

        internal override bool SavesValues => false;

        internal override void Backward(Tensor output, ReadOnlySpan<double> grad) => Grads.Pass(X, grad, X._shape, donor: output);

        internal override void BackwardGraph(Tensor output, Tensor grad) => Engine.AccumulateGraph(X, grad.Reshape(X._shape));
    }
}
