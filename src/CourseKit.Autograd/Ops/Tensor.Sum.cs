using System.Numerics.Tensors;

namespace CourseKit.Autograd;

public sealed partial class Tensor
{
    /// <summary>The sum of all elements, as a 0-d tensor.</summary>
    public Tensor Sum()
    {
        var result = new Tensor(_count == 1 ? _first : TensorPrimitives.Sum<double>(_span), Shapes.ScalarShape);
        return Records(this) ? result.Recorded(new SumNode(this, 1.0, "SumBackward0")) : result;
    }

    /// <summary>Sums along <paramref name="axis"/> (negative counts from the end); <paramref name="keepDim"/> keeps it as size 1.</summary>
    public Tensor Sum(int axis, bool keepDim = false)
    {
        var (result, ax) = ReduceAxis(axis, keepDim, scale: 1.0);
        return Records(this) ? result.Recorded(new SumAxisNode(this, ax, 1.0, "SumBackward1")) : result;
    }

    /// <summary>The mean of all elements, as a 0-d tensor.</summary>
    public Tensor Mean()
    {
        var result = new Tensor((_count == 1 ? _first : TensorPrimitives.Sum<double>(_span)) / _count, Shapes.ScalarShape);
        return Records(this) ? result.Recorded(new SumNode(this, 1.0 / _count, "MeanBackward0")) : result;
    }

    /// <summary>The mean along <paramref name="axis"/>; <paramref name="keepDim"/> keeps it as size 1.</summary>
    public Tensor Mean(int axis, bool keepDim = false)
    {
        var ax = Shapes.NormalizeAxis(axis, Rank);
        var n = _shape.Length == 0 ? 1 : _shape[ax];
        var (result, _) = ReduceAxis(axis, keepDim, scale: 1.0 / n);
        return Records(this) ? result.Recorded(new SumAxisNode(this, ax, 1.0 / n, "MeanBackward1")) : result;
    }

    /// <summary>The sum of all elements (static form).</summary>
    public static Tensor Sum(Tensor x) => x.Sum();

    /// <summary>The mean of all elements (static form).</summary>
    public static Tensor Mean(Tensor x) => x.Mean();

    private (Tensor Result, int Axis) ReduceAxis(int axis, bool keepDim, double scale)
    {
        var ax = Shapes.NormalizeAxis(axis, Rank);
        if (_shape.Length == 0)
        {
            return (new Tensor(_first * scale, Shapes.ScalarShape), 0);
        }

        var (outer, n, inner) = Shapes.Split(_shape, ax);
        var result = new Tensor(new double[outer * inner], Shapes.RemoveAxis(_shape, ax, keepDim));
        var r = result._span;
        for (var o = 0; o < outer; o++)
        {
            var row = r.Slice(o * inner, inner);
            if (inner == 1)
            {
                row[0] = TensorPrimitives.Sum(_span.Slice(o * n, n));
                continue;
            }

            for (var j = 0; j < n; j++)
            {
                TensorPrimitives.Add(row, _span.Slice((o * n + j) * inner, inner), row);
            }
        }

        if (scale != 1.0)
        {
            TensorPrimitives.Multiply(r, scale, r);
        }

        return (result, ax);
    }

    /// <summary>Sum (scale 1) or mean (scale 1/n) of all elements: every element gets g · scale.</summary>
    private sealed class SumNode(Tensor x, double scale, string name) : UnaryNode(x)
    {
        internal override string Name => name;

        internal override bool SavesValues => false;

        internal override void Backward(Tensor output, ReadOnlySpan<double> grad)
        {
            if (!Engine.Wants(X))
            {
                return;
            }

            var acc = Engine.Accumulator(X, out var fresh);
            var v = grad[0] * scale;
            if (acc.Length == 1)
            {
                acc[0] = fresh ? v : acc[0] + v;
            }
            else
            {
                Accumulate.AddScalar(v, acc, fresh);
            }
        }

        internal override void BackwardGraph(Tensor output, Tensor grad) =>
            Engine.AccumulateGraph(X, (scale == 1.0 ? grad : grad * scale).Expand(X._shape));
    }

    /// <summary>Sum or mean along one axis: the gradient is copied back along that axis.</summary>
    private sealed class SumAxisNode(Tensor x, int axis, double scale, string name) : UnaryNode(x)
    {
        internal override string Name => name;

        internal override bool SavesValues => false;

        internal override void Backward(Tensor output, ReadOnlySpan<double> grad)
        {
            if (!Engine.Wants(X))
            {
                return;
            }

            var acc = Engine.Accumulator(X, out var fresh);
            if (X._shape.Length == 0)
            {
                acc[0] = fresh ? grad[0] * scale : acc[0] + grad[0] * scale;
                return;
            }

            var (outer, n, inner) = Shapes.Split(X._shape, axis);
            var scaled = scale == 1.0 ? null : ScratchPool.Rent(grad.Length);
            if (scaled is not null)
            {
                TensorPrimitives.Multiply(grad, scale, scaled);
            }

            ReadOnlySpan<double> g = scaled is null ? grad : scaled;
            for (var o = 0; o < outer; o++)
            {
                var gRow = g.Slice(o * inner, inner);
                for (var j = 0; j < n; j++)
                {
                    Accumulate.Add(gRow, acc.Slice((o * n + j) * inner, inner), fresh);
                }
            }

            if (scaled is not null)
            {
                ScratchPool.Return(scaled);
            }
        }

        internal override void BackwardGraph(Tensor output, Tensor grad)
        {
            var keep = X._shape.Length == 0 ? X._shape : Shapes.RemoveAxis(X._shape, axis, keepDim: true);
            var g = scale == 1.0 ? grad : grad * scale;
            Engine.AccumulateGraph(X, g.Reshape(keep).Expand(X._shape));
        }
    }
}
