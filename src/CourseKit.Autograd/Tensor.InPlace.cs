using System.Numerics.Tensors;

namespace CourseKit.Autograd;

public sealed partial class Tensor
{
    // In-place operations (trailing underscore, as PyTorch). They are for parameter updates inside NoGrad() and
    // for building constants; while recording they refuse tensors that require grad, because a changed value
    // would silently corrupt the gradients that depend on it. Every change bumps a version counter shared with views,
    // so a backward pass through a node that saved the old values throws instead of using the new ones (as PyTorch).

    /// <summary>this += other (broadcast to this tensor's shape), in place; returns this.</summary>
    public Tensor Add_(Tensor other, double alpha = 1.0)
    {
        CheckInPlace();
        var full = BroadcastOperand(other);
        TensorPrimitives.MultiplyAdd(full, alpha, _span, _span);
        return this;
    }

    /// <summary>this −= other (broadcast), in place; returns this. The book's SGD step: <c>w.Sub_(lr * w.Grad)</c>.</summary>
    public Tensor Sub_(Tensor other) => Add_(other, -1.0);

    /// <summary>this *= s, in place; returns this.</summary>
    public Tensor Mul_(double s)
    {
        CheckInPlace();
        TensorPrimitives.Multiply(_span, s, _span);
        return this;
    }

    /// <summary>Sets every element to <paramref name="value"/>, in place; returns this.</summary>
    public Tensor Fill_(double value)
    {
        CheckInPlace();
        _span.Fill(value);
        return this;
    }

    /// <summary>Sets every element to zero, in place (the book's <c>x.grad.zero_()</c>); returns this.</summary>
    public Tensor Zero_() => Fill_(0.0);

    /// <summary>Copies <paramref name="source"/> (broadcast) into this tensor, in place; returns this.</summary>
    public Tensor Copy_(Tensor source)
    {
        CheckInPlace();
        BroadcastOperand(source).CopyTo(_span);
        return this;
    }

    private ReadOnlySpan<double> BroadcastOperand(Tensor other)
    {
        if (other._count == _count)
        {
            if (!Shapes.BroadcastsTo(other._shape, _shape) && !Shapes.BroadcastsTo(_shape, other._shape))
            {
                throw new ArgumentException(
                    $"output with shape {ShapeText(_shape)} doesn't match the broadcast shape of {ShapeText(other._shape)}.");
            }

            return other._span;
        }

        if (!Shapes.BroadcastsTo(other._shape, _shape))
        {
            throw new ArgumentException(
                $"output with shape {ShapeText(_shape)} doesn't match the broadcast shape {ShapeText(Shapes.Broadcast(_shape, other._shape))} " +
                "of an in-place operation: the other operand must broadcast to this tensor's shape.");
        }

        var full = new double[_count];
        Broadcast.Expand(other._span, other._shape, full, _shape);
        return full;
    }

    private void CheckInPlace()
    {
        if (_requiresGrad && GradMode.IsEnabled)
        {
            if (_node is null)
            {
                throw new InvalidOperationException(
                    "a leaf Variable that requires grad is being used in an in-place operation. Update parameters inside " +
                    "`using (Tensor.NoGrad()) { ... }`, or work on a copy made with Detach().");
            }

            throw new InvalidOperationException(
                $"in-place operations on a tensor recorded in the graph (grad_fn=<{_node.Name}>) are not supported, because " +
                "backward may need its old value. Use the out-of-place form instead, e.g. y = y + 1.");
        }

        // Graphs that saved this data must notice the change (checked when backward reaches them).
        BumpVersion();
    }
}
