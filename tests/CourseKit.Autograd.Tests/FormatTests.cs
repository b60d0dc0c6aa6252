namespace CourseKit.Autograd.Tests;

/// <summary>ToString prints exactly what PyTorch prints for the same tensor.</summary>
public class FormatTests
{
    [Fact]
    public void Vectors_matrices_and_scalars()
    {
        Assert.Equal("tensor([0., 1., 2., 3.])", Tensor.Arange(4.0).ToString());
        Assert.Equal("tensor([[0., 1.],\n        [2., 3.]])", Tensor.FromArray(new double[,] { { 0, 1 }, { 2, 3 } }).ToString());
        Assert.Equal("tensor(3.5000)", Tensor.Scalar(3.5).ToString());
        Assert.Equal("tensor(-2.)", Tensor.Scalar(-2).ToString());
        Assert.Equal("tensor([])", Tensor.Zeros(0).ToString());
    }

    [Fact]
    public void Autograd_suffixes()
    {
        var x = Tensor.FromArray([1.0, 2.0], requiresGrad: true);
        Assert.Equal("tensor([1., 2.], requires_grad=True)", x.ToString());
        Assert.Equal("tensor(28., grad_fn=<MulBackward0>)", (2 * Tensor.Dot(Tensor.Arange(4.0, requiresGrad: true), Tensor.Arange(4.0))).ToString());
        Assert.Equal("tensor([2., 3.], grad_fn=<AddBackward0>)", (x + 1).ToString());
        Assert.Equal("tensor(3., grad_fn=<SumBackward0>)", x.Sum().ToString());
    }

    [Fact]
    public void Number_modes_share_one_width()
    {
        Assert.Equal("tensor([ 1., 10.])", Tensor.FromArray([1.0, 10.0]).ToString());
        Assert.Equal("tensor([0.5000, 1.2500])", Tensor.FromArray([0.5, 1.25]).ToString());
        Assert.Equal("tensor([-0.5000,  1.2500])", Tensor.FromArray([-0.5, 1.25]).ToString());
        Assert.Equal("tensor([1.0000e-05, 1.0000e+00])", Tensor.FromArray([1e-5, 1.0]).ToString());
        Assert.Equal("tensor([1.0000e+00, 1.0000e+04])", Tensor.FromArray([1.0, 10000.0]).ToString());
        Assert.Equal("tensor([nan, inf, 1.])", Tensor.FromArray([double.NaN, double.PositiveInfinity, 1.0]).ToString());
        Assert.Equal("tensor([0., 0.])", Tensor.Zeros(2).ToString());
        Assert.Equal("tensor([-1.5000e+00,  2.0000e-05])", Tensor.FromArray([-1.5, 2e-5]).ToString());
    }

    [Fact]
    public void Long_vectors_wrap_at_80_columns()
    {
        Assert.Equal(
            "tensor([ 0.,  1.,  2.,  3.,  4.,  5.,  6.,  7.,  8.,  9., 10., 11., 12., 13.,\n" +
            "        14., 15., 16., 17., 18., 19., 20., 21., 22., 23., 24., 25., 26., 27.,\n" +
            "        28., 29.])",
            Tensor.Arange(30.0).ToString());
    }

    [Fact]
    public void Large_tensors_are_summarised()
    {
        // The shown values span more than three decades, so torch switches to scientific notation.
        Assert.Equal(
            "tensor([0.0000e+00, 1.0000e+00, 2.0000e+00,  ..., 1.9970e+03, 1.9980e+03,\n        1.9990e+03])",
            Tensor.Arange(2000.0).ToString());
        Assert.Equal("tensor([1., 1., 1.,  ..., 1., 1., 1.])", Tensor.Ones(1001).ToString());
        Assert.Equal(
            "tensor([[0., 0., 0.,  ..., 0., 0., 0.],\n        [0., 0., 0.,  ..., 0., 0., 0.],\n        [0., 0., 0.,  ..., 0., 0., 0.],\n" +
            "        ...,\n        [0., 0., 0.,  ..., 0., 0., 0.],\n        [0., 0., 0.,  ..., 0., 0., 0.],\n        [0., 0., 0.,  ..., 0., 0., 0.]])",
            Tensor.Zeros(100, 100).ToString());
    }

    [Fact]
    public void Three_dimensional_tensors_separate_blocks_with_a_blank_line()
    {
        Assert.Equal(
            "tensor([[[0., 1.]],\n\n        [[2., 3.]]])",
            Tensor.Arange(4.0).Reshape(2, 1, 2).ToString());
    }
}
