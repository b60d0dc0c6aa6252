namespace CourseKit.Autograd;

public sealed partial class Tensor
{
    /// <summary>
    /// True when every |this − other| ≤ atol + rtol·|other| (with broadcasting), as <c>torch.allclose</c>; NaN is
    /// never close.
    /// </summary>
    public bool AllClose(Tensor other, double rtol = 1e-5, double atol = 1e-8)
    {
        var shape = Shapes.Broadcast(_shape, other._shape);
        var n = Shapes.CountOf(shape);
        var a = new double[n];
        var b = new double[n];
        Broadcast.Expand(_span, _shape, a, shape);
        Broadcast.Expand(other._span, other._shape, b, shape);
        for (var i = 0; i < n; i++)
        {
            if (a[i] == b[i])
            {
                continue; // equal infinities
            }

            if (!(Math.Abs(a[i] - b[i]) <= atol + rtol * Math.Abs(b[i])))
            {
                return false;
            }
        }

        return true;
    }
}
