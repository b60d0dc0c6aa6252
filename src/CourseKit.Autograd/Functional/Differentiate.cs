namespace CourseKit.Autograd;

/// <summary>
/// Derivatives as functions, in the style of <c>torch.func</c>/JAX: pass f and a point, get the gradient, Jacobian,
/// Hessian or a Jacobian-vector product. The point's own <see cref="Tensor.Grad"/> is never touched.
/// </summary>
/// <remarks>
/// Calls nest: when the point requires grad (and recording is on), as inside another <c>Differentiate</c> call, the
/// result is recorded too, so <c>Hessian(f, x)</c> is simply <c>Jacobian(z =&gt; Grad(f, z), x)</c>. Pass a point
/// that does not require grad, or call inside <see cref="Tensor.NoGrad"/>, to get plain values.
/// </remarks>
public static class Differentiate
{
    /// <summary>∇f(x) for a scalar-valued f, shaped like x.</summary>
    public static Tensor Grad(Func<Tensor, Tensor> f, Tensor x) => ValueAndGrad(f, x).Grad;

    /// <summary>f(x) and ∇f(x) from one forward and one backward pass.</summary>
    public static (Tensor Value, Tensor Grad) ValueAndGrad(Func<Tensor, Tensor> f, Tensor x)
    {
        var outer = GradMode.IsEnabled;
        using var recording = GradMode.Set(true);
        var (input, nested) = Input(x, outer);
        var y = f(input);
        if (y.Count != 1)
        {
            throw new ArgumentException(
                $"Grad needs f to return a scalar, but it returned shape {Tensor.ShapeText(y._shape)}. " +
                "Use Jacobian (or Vjp with a weighting vector) for vector-valued functions.");
        }

        if (!y._requiresGrad)
        {
            return (y, Tensor.ZerosLike(x));
        }

        var g = Engine.Grad(y, [input], null, retainGraph: nested, createGraph: nested)[0];
        return (nested ? y : y.Detach(), g);
    }

    /// <summary>
    /// The Jacobian ∂f/∂x with shape f(x).Shape ++ x.Shape. <see cref="JacobianMode.Forward"/> builds it a column
    /// at a time from <see cref="Jvp"/>.
    /// </summary>
    public static Tensor Jacobian(Func<Tensor, Tensor> f, Tensor x, JacobianMode mode = JacobianMode.Reverse) =>
        mode == JacobianMode.Forward ? ForwardJacobian(f, x) : ReverseJacobian(f, x);

    /// <summary>The Hessian of a scalar-valued f: the Jacobian of its gradient, shape x.Shape ++ x.Shape.</summary>
    public static Tensor Hessian(Func<Tensor, Tensor> f, Tensor x) => Jacobian(z => Grad(f, z), x);

    /// <summary>
    /// f(x) and the Jacobian-vector product J·v (forward mode). Computed by the double-vjp trick: with a dummy u,
    /// w(u) = Jᵀu is linear in u, so J·v is the gradient of v·w(u) with respect to u; it costs two backward passes.
    /// </summary>
    public static (Tensor Value, Tensor Tangent) Jvp(Func<Tensor, Tensor> f, Tensor x, Tensor v)
    {
        CheckSameShape(x, v, "v");
        var outer = GradMode.IsEnabled;
        using var recording = GradMode.Set(true);
        var (input, nested) = Input(x, outer);
        var y = f(input);
        var value = nested ? y : y.Detach();
        if (!y._requiresGrad)
        {
            return (value, Tensor.ZerosLike(y));
        }

        var u = Tensor.ZerosLike(y).RequiresGrad_();
        var w = Engine.Grad(y, [input], u, retainGraph: true, createGraph: true)[0];
        var s = (w * v).Sum();
        var tangent = s._requiresGrad
            ? Engine.Grad(s, [u], null, retainGraph: nested, createGraph: nested)[0]
            : Tensor.ZerosLike(y);
        return (value, tangent);
    }

    /// <summary>f(x) and the vector-Jacobian product vᵀJ (reverse mode), shaped like x.</summary>
    public static (Tensor Value, Tensor Cotangent) Vjp(Func<Tensor, Tensor> f, Tensor x, Tensor v)
    {
        var outer = GradMode.IsEnabled;
        using var recording = GradMode.Set(true);
        var (input, nested) = Input(x, outer);
        var y = f(input);
        CheckSameShape(y, v, "v");
        var value = nested ? y : y.Detach();
        if (!y._requiresGrad)
        {
            return (value, Tensor.ZerosLike(x));
        }

        return (value, Engine.Grad(y, [input], v, retainGraph: nested, createGraph: nested)[0]);
    }

    private static Tensor ReverseJacobian(Func<Tensor, Tensor> f, Tensor x)
    {
        var outer = GradMode.IsEnabled;
        using var recording = GradMode.Set(true);
        var (input, nested) = Input(x, outer);
        var y = f(input);
        var rows = new Tensor[y.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = y._requiresGrad
                ? Engine.Grad(y, [input], OneHot(y._shape, i), retainGraph: true, createGraph: nested)[0]
                : Tensor.ZerosLike(x);
        }

        return Assemble(rows, y._shape, x._shape, axis: 0);
    }

    private static Tensor ForwardJacobian(Func<Tensor, Tensor> f, Tensor x)
    {
        var columns = new Tensor[x.Count];
        int[]? outShape = null;
        for (var j = 0; j < columns.Length; j++)
        {
            var (value, tangent) = Jvp(f, x, OneHot(x._shape, j));
            columns[j] = tangent;
            outShape = value._shape;
        }

        outShape ??= f(x.Detach())._shape;
        return Assemble(columns, outShape, x._shape, axis: 1);
    }

    /// <summary>Stacks rows (axis 0) or columns (axis 1) of a flattened Jacobian and gives it shape out ++ in.</summary>
    private static Tensor Assemble(Tensor[] parts, int[] outShape, int[] inShape, int axis)
    {
        int[] shape = [.. outShape, .. inShape];
        if (parts.Length == 0)
        {
            return Tensor.Zeros(shape);
        }

        var flat = new Tensor[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            flat[i] = parts[i].Reshape(-1);
        }

        return Tensor.Stack(flat, axis).Reshape(shape);
    }

    /// <summary>
    /// The tensor f is evaluated at: an alias of x (so gradients can be captured at it), recorded onto x when x
    /// requires grad and recording is on, a fresh independent variable otherwise.
    /// </summary>
    private static (Tensor Input, bool Nested) Input(Tensor x, bool recording)
    {
        var nested = x._requiresGrad && recording;
        var source = nested ? x : x.Detach().RequiresGrad_();
        return (source.Reshape(x._shape), nested);
    }

    private static Tensor OneHot(int[] shape, int index)
    {
        var t = Tensor.Zeros(shape);
        t._span[index] = 1.0;
        return t;
    }

    private static void CheckSameShape(Tensor expected, Tensor v, string name)
    {
        if (!Shapes.Equal(expected._shape, v._shape))
        {
            throw new ArgumentException(
                $"{name} has shape {Tensor.ShapeText(v._shape)}, but it must have shape {Tensor.ShapeText(expected._shape)}.");
        }
    }
}
