using System.Numerics.Tensors;

namespace CourseKit.Autograd;

/// <summary>One elementwise binary operation in its four span shapes, so broadcasting loops stay generic and fast.</summary>
internal interface IBinaryKernel
{
    static abstract double Apply(double x, double y);

    static abstract void Apply(ReadOnlySpan<double> x, ReadOnlySpan<double> y, Span<double> destination);

    static abstract void Apply(ReadOnlySpan<double> x, double y, Span<double> destination);

    static abstract void Apply(double x, ReadOnlySpan<double> y, Span<double> destination);
}

internal readonly struct AddKernel : IBinaryKernel
{
    public static double Apply(double x, double y) => x + y;

    public static void Apply(ReadOnlySpan<double> x, ReadOnlySpan<double> y, Span<double> d) => TensorPrimitives.Add(x, y, d);

    public static void Apply(ReadOnlySpan<double> x, double y, Span<double> d) => TensorPrimitives.Add(x, y, d);

    public static void Apply(double x, ReadOnlySpan<double> y, Span<double> d) => TensorPrimitives.Add(y, x, d);
}

internal readonly struct SubtractKernel : IBinaryKernel
{
    public static double Apply(double x, double y) => x - y;

    public static void Apply(ReadOnlySpan<double> x, ReadOnlySpan<double> y, Span<double> d) => TensorPrimitives.Subtract(x, y, d);

    public static void Apply(ReadOnlySpan<double> x, double y, Span<double> d) => TensorPrimitives.Subtract(x, y, d);

    public static void Apply(double x, ReadOnlySpan<double> y, Span<double> d) => TensorPrimitives.Subtract(x, y, d);
}

internal readonly struct MultiplyKernel : IBinaryKernel
{
    public static double Apply(double x, double y) => x * y;

    public static void Apply(ReadOnlySpan<double> x, ReadOnlySpan<double> y, Span<double> d) => TensorPrimitives.Multiply(x, y, d);

    public static void Apply(ReadOnlySpan<double> x, double y, Span<double> d) => TensorPrimitives.Multiply(x, y, d);

    public static void Apply(double x, ReadOnlySpan<double> y, Span<double> d) => TensorPrimitives.Multiply(y, x, d);
}

internal readonly struct DivideKernel : IBinaryKernel
{
    public static double Apply(double x, double y) => x / y;

    public static void Apply(ReadOnlySpan<double> x, ReadOnlySpan<double> y, Span<double> d) => TensorPrimitives.Divide(x, y, d);

    public static void Apply(ReadOnlySpan<double> x, double y, Span<double> d) => TensorPrimitives.Divide(x, y, d);

    public static void Apply(double x, ReadOnlySpan<double> y, Span<double> d) => TensorPrimitives.Divide(x, y, d);
}

internal readonly struct PowKernel : IBinaryKernel
{
    public static double Apply(double x, double y) => Math.Pow(x, y);

    public static void Apply(ReadOnlySpan<double> x, ReadOnlySpan<double> y, Span<double> d) => TensorPrimitives.Pow(x, y, d);

    public static void Apply(ReadOnlySpan<double> x, double y, Span<double> d) => TensorPrimitives.Pow(x, y, d);

    public static void Apply(double x, ReadOnlySpan<double> y, Span<double> d) => TensorPrimitives.Pow(x, y, d);
}
