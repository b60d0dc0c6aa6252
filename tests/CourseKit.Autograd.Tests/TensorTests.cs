namespace CourseKit.Autograd.Tests;

/// <summary>Creation, shapes, indexing and the forward values of operations.</summary>
public class TensorTests
{
    [Fact]
    public void Creation()
    {
        Assert.Equal(new[] { 2, 3 }, Tensor.Zeros(2, 3).Shape);
        Assert.Equal(0, Tensor.Scalar(1).Rank);
        Assert.Equal(6, Tensor.Ones(2, 3).Count);
        Assert.Equal(new[] { 7.0, 7 }, Tensor.Full([2], 7).ToArray());
        Assert.Equal(new[] { 1.0, 0, 0, 1 }, Tensor.Eye(2).ToArray());
        Assert.Equal(new[] { 1.0, 1.5, 2, 2.5 }, Tensor.Arange(1, 3, 0.5).ToArray());
        Assert.Equal(new[] { 0.0, 0.25, 0.5, 0.75, 1 }, Tensor.Linspace(0, 1, 5).ToArray());
        Assert.Equal(new[] { 2.0 }, Tensor.Linspace(2, 5, 1).ToArray());
        Assert.Equal(0.3, Tensor.Linspace(-1, 0.3, 14).ToArray()[^1]);
        Assert.Equal(new[] { 1.0, 2, 3, 4, 5, 6 }, Tensor.FromArray([1.0, 2, 3, 4, 5, 6], [3, 2]).ToArray());
        Assert.Equal(new double[,] { { 1, 2 }, { 3, 4 } }, Tensor.FromArray(new double[,] { { 1, 2 }, { 3, 4 } }).ToArray2D());
        Assert.Throws<ArgumentException>(() => Tensor.FromArray([1.0, 2], [3]));
    }

    [Fact]
    public void Seeded_random_tensors_are_reproducible()
    {
        Assert.Equal(Tensor.Rand([3, 4], 9).ToArray(), Tensor.Rand([3, 4], 9).ToArray());
        Assert.NotEqual(Tensor.Rand([3, 4], 9).ToArray(), Tensor.Rand([3, 4], 10).ToArray());
        Assert.All(Tensor.Rand([100], 1).ToArray(), v => Assert.InRange(v, 0, 1));
        var n = Tensor.Randn([20000], 3);
        Assert.InRange(n.Mean().Item(), -0.05, 0.05);
        Assert.InRange((n * n).Mean().Item(), 0.95, 1.05);
    }

    [Fact]
    public void FromArray_copies_its_input()
    {
        var data = new[] { 1.0, 2.0 };
        var t = Tensor.FromArray(data);
        data[0] = 9;
        Assert.Equal(1.0, t[0].Item());
    }

    [Fact]
    public void Item_needs_one_element()
    {
        Assert.Equal(5.0, Tensor.Scalar(5).Item());
        Assert.Equal(5.0, Tensor.Full([1, 1], 5).Item());
        var error = Assert.Throws<InvalidOperationException>(() => Tensor.Ones(2).Item());
        Assert.Contains("2 elements", error.Message);
    }

    [Fact]
    public void Indexing_rows_elements_ranges_and_from_the_end()
    {
        var x = Tensor.Arange(6.0).Reshape(2, 3);
        Assert.Equal(new[] { 3.0, 4, 5 }, x[1].ToArray());
        Assert.Equal(new[] { 3 }, x[1].Shape);
        Assert.Equal(5.0, x[1, 2].Item());
        Assert.Equal(0, x[1, 2].Rank);
        Assert.Equal(new[] { 3.0, 4, 5 }, x[^1].ToArray());
        Assert.Equal(4.0, x[-1, -2].Item());
        Assert.Equal(new[] { 1, 3 }, x[1..].Shape);
        Assert.Equal(new[] { 2.0, 3 }, Tensor.Arange(5.0)[2..4].ToArray());
        Assert.Throws<ArgumentOutOfRangeException>(() => x[2]);
        Assert.Throws<ArgumentOutOfRangeException>(() => Tensor.Scalar(1)[0]);
        Assert.Contains("too many indices", Assert.Throws<ArgumentOutOfRangeException>(() => Tensor.Ones(3)[0, 0]).Message);
        Assert.Contains("dimension 1 with size 3", Assert.Throws<ArgumentOutOfRangeException>(() => x[0, 3]).Message);
    }

    [Fact]
    public void Index_assignment_writes_in_place_with_broadcasting()
    {
        var x = Tensor.Zeros(2, 3);
        x[0] = Tensor.Scalar(1);
        x[1, 2] = Tensor.Scalar(7);
        Assert.Equal(new[] { 1.0, 1, 1, 0, 0, 7 }, x.ToArray());
        x[..] = Tensor.FromArray([4.0, 5, 6]);
        Assert.Equal(new[] { 4.0, 5, 6, 4, 5, 6 }, x.ToArray());
        Assert.Throws<ArgumentException>(() => x[0] = Tensor.Ones(2));
    }

    [Fact]
    public void Broadcasting_follows_numpy()
    {
        var a = Tensor.Arange(3.0).Reshape(3, 1);
        var b = Tensor.Arange(2.0).Reshape(1, 2);
        var c = a + b;
        Assert.Equal(new[] { 3, 2 }, c.Shape);
        Assert.Equal(new[] { 0.0, 1, 1, 2, 2, 3 }, c.ToArray());
        Assert.Equal(new[] { 0.0, 2, 4, 6 }, (Tensor.Arange(4.0) * Tensor.Full([1], 2)).ToArray());
        Assert.Equal(new[] { 2, 3, 4 }, (Tensor.Ones(2, 1, 4) - Tensor.Ones(3, 1)).Shape);
        Assert.Equal(new[] { -1.0, 0, 1 }, (1 - Tensor.FromArray([2.0, 1, 0])).ToArray());
        Assert.Equal(new[] { 0.5, 1 }, (1 / Tensor.FromArray([2.0, 1])).ToArray());
    }

    [Fact]
    public void Broadcast_results_match_an_elementwise_reference()
    {
        Property.ForAll(CsCheck.Gen.Select(ShapeGen.Broadcastable, ShapeGen.Seed), t =>
        {
            var ((sa, sb), seed) = t;
            var a = Tensor.Randn(sa, seed);
            var b = Tensor.Randn(sb, seed + 1);
            var c = a * b - b;
            var shape = c.Shape;
            var n = c.Count;
            for (var i = 0; i < n; i++)
            {
                var ia = FlatIndex(i, shape, sa);
                var ib = FlatIndex(i, shape, sb);
                var av = a.AsSpan()[ia];
                var bv = b.AsSpan()[ib];
                Assert.Equal(av * bv - bv, c.AsSpan()[i]);
            }
        });
    }

    private static int FlatIndex(int flat, int[] outShape, int[] shape)
    {
        var index = 0;
        var stride = 1;
        for (var d = outShape.Length - 1; d >= 0; d--)
        {
            var coordinate = flat % outShape[d];
            flat /= outShape[d];
            var k = d - (outShape.Length - shape.Length);
            if (k >= 0)
            {
                index += (shape[k] == 1 ? 0 : coordinate) * stride;
                stride *= shape[k];
            }
        }

        return index;
    }

    [Fact]
    public void MatMul_matches_a_naive_product_in_every_case()
    {
        var a = Tensor.Randn([2, 3, 4], 1);
        var b = Tensor.Randn([4, 5], 2);
        var c = a.MatMul(b);
        Assert.Equal(new[] { 2, 3, 5 }, c.Shape);
        for (var p = 0; p < 2; p++)
        {
            for (var i = 0; i < 3; i++)
            {
                for (var j = 0; j < 5; j++)
                {
                    var s = 0.0;
                    for (var k = 0; k < 4; k++)
                    {
                        s += a[p, i][k].Item() * b[k, j].Item();
                    }

                    Assert.Equal(s, c[p, i][j].Item(), 1e-12);
                }
            }
        }

        Assert.Equal(new[] { 3 }, Tensor.Ones(3, 4).MatMul(Tensor.Ones(4)).Shape);
        Assert.Equal(new[] { 5 }, Tensor.Ones(4).MatMul(Tensor.Ones(4, 5)).Shape);
        Assert.Equal(0, Tensor.Ones(4).MatMul(Tensor.Ones(4)).Rank);
        Assert.Equal(new[] { 2, 3, 2, 5 }, Tensor.Ones(2, 1, 2, 4).MatMul(Tensor.Ones(3, 4, 5)).Shape);
        Assert.Equal(new[] { 4.0, 4, 4 }, Tensor.Ones(3, 4).MatMul(Tensor.Ones(4)).ToArray());
    }

    [Fact]
    public void Reductions_and_norms()
    {
        var x = Tensor.FromArray(new double[,] { { 1, 5, 3 }, { 4, 2, 6 } });
        Assert.Equal(21.0, x.Sum().Item());
        Assert.Equal(3.5, x.Mean().Item());
        Assert.Equal(6.0, x.Max().Item());
        Assert.Equal(1.0, x.Min().Item());
        Assert.Equal(new[] { 5.0, 7, 9 }, x.Sum(0).ToArray());
        Assert.Equal(new[] { 2, 1 }, x.Sum(1, keepDim: true).Shape);
        Assert.Equal(new[] { 3.0, 4 }, x.Mean(-1).ToArray());
        Assert.Equal(new[] { 5.0, 6 }, x.Max(1).ToArray());
        Assert.Equal(new[] { 1.0, 2, 3 }, x.Min(0).ToArray());
        Assert.Equal(Math.Sqrt(91), x.Norm().Item(), 1e-12);
        Assert.Equal(5.0, Tensor.FromArray([3.0, 4]).Norm().Item());
    }

    [Fact]
    public void Max_shares_the_gradient_among_ties_like_PyTorch()
    {
        var x = Tensor.FromArray([1.0, 3, 3], requiresGrad: true);
        x.Max().Backward();
        Assert.Equal(new[] { 0.0, 0.5, 0.5 }, x.Grad!.ToArray());
    }

    [Fact]
    public void Reshape_transpose_concat_stack()
    {
        var x = Tensor.Arange(6.0).Reshape(2, -1);
        Assert.Equal(new[] { 2, 3 }, x.Shape);
        Assert.Equal(new[] { 0.0, 3, 1, 4, 2, 5 }, x.T.ToArray());
        Assert.Equal(new[] { 3, 2 }, x.Transpose(0, 1).Shape);
        Assert.Same(Tensor.Ones(3).T.GetType(), typeof(Tensor));
        Assert.Equal(new[] { 4, 3 }, Tensor.Concat([x, x]).Shape);
        Assert.Equal(new[] { 0.0, 1, 2, 0, 1, 2, 3, 4, 5, 3, 4, 5 }, Tensor.Concat([x, x], axis: 1).ToArray());
        Assert.Equal(new[] { 2, 2, 3 }, Tensor.Stack([x, x]).Shape);
        Assert.Equal(new[] { 2, 3, 2 }, Tensor.Stack([x, x], axis: -1).Shape);
        Assert.Equal(new[] { 0.0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5 }, Tensor.Stack([x, x], axis: 2).ToArray());
    }

    [Fact]
    public void Reshape_shares_data_like_a_view()
    {
        var x = Tensor.Zeros(4);
        var y = x.Reshape(2, 2);
        y.Fill_(1);
        Assert.Equal(new[] { 1.0, 1, 1, 1 }, x.ToArray());
    }

    [Fact]
    public void AllClose_uses_relative_and_absolute_tolerance()
    {
        var a = Tensor.FromArray([1.0, 100.0]);
        Assert.True(a.AllClose(Tensor.FromArray([1.0 + 1e-9, 100.0 + 1e-4])));
        Assert.False(a.AllClose(Tensor.FromArray([1.0, 100.1])));
        Assert.False(Tensor.FromArray([double.NaN]).AllClose(Tensor.FromArray([double.NaN])));
        Assert.True(Tensor.Ones(2, 2).AllClose(Tensor.Scalar(1)));
    }

    [Fact]
    public void Static_forms_match_instance_methods()
    {
        var x = Tensor.FromArray([0.5, 1.5]);
        Assert.Equal(x.Exp().ToArray(), Tensor.Exp(x).ToArray());
        Assert.Equal(x.Sigmoid().ToArray(), Tensor.Sigmoid(x).ToArray());
        Assert.Equal(x.Sum().Item(), Tensor.Sum(x).Item());
        Assert.Equal((x * x).ToArray(), Tensor.Multiply(x, x).ToArray());
        Assert.Equal(x.Pow(3).ToArray(), Tensor.Pow(x, 3).ToArray());
    }
}
