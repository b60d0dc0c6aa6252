namespace CourseKit.Grading.Worker.Protocol;

/// <summary>
/// A plain numeric value as it travels between the grader and the worker: a kind, a shape and the numbers
/// in row-major order. Nothing of the learner's own types ever crosses, so neither side calls learner code
/// to read it.
/// </summary>
internal sealed class WireValue
{
    /// <summary>Largest number of doubles one value may carry; a bigger one is refused as bad output.</summary>
    public const int MaxLength = 1 << 20;

    public WireValue(WireKind kind, int rows, int columns, double[] data)
    {
        Kind = kind;
        Rows = rows;
        Columns = columns;
        Data = data;
    }

    public WireKind Kind { get; }

    public int Rows { get; }

    public int Columns { get; }

    public double[] Data { get; }

    /// <summary>For <see cref="WireKind.Plot"/>: what was read from the plot (the numeric shape is then 0 × 0).</summary>
    public WirePlot? Plot { get; init; }

    /// <summary>Wraps the data read from a plot.</summary>
    public static WireValue FromPlot(WirePlot plot) => new(WireKind.Plot, 0, 0, []) { Plot = plot };

    /// <summary>Builds the CLR object a learner's method receives; a fresh copy every call.</summary>
    public object ToClr()
    {
        switch (Kind)
        {
            case WireKind.Scalar:
                return Data[0];
            case WireKind.Vector:
                return (double[])Data.Clone();
            case WireKind.Function:
                return FunctionFamily.Build(Data);
            default:
                var matrix = new double[Rows, Columns];
                Buffer.BlockCopy(Data, 0, matrix, 0, Data.Length * sizeof(double));
                return matrix;
        }
    }

    /// <summary>
    /// Copies a returned object of the expected kind; returns null with a reason when it is not one.
    /// Only exact BCL types are accepted, so no learner override is ever invoked.
    /// </summary>
    public static WireValue? FromClr(object? value, WireKind expected, out string? problem)
    {
        problem = null;
        switch (expected)
        {
            case WireKind.Scalar when value is double d:
                return new WireValue(WireKind.Scalar, 1, 1, [d]);
            case WireKind.Vector when value is double[] v:
                if (v.Length > MaxLength)
                {
                    problem = $"returned an array of {v.Length} numbers; the limit is {MaxLength}";
                    return null;
                }

                return new WireValue(WireKind.Vector, 1, v.Length, (double[])v.Clone());
            case WireKind.Matrix when value is double[,] m:
                if (m.LongLength > MaxLength)
                {
                    problem = $"returned a matrix of {m.LongLength} numbers; the limit is {MaxLength}";
                    return null;
                }

                var data = new double[m.Length];
                Buffer.BlockCopy(m, 0, data, 0, data.Length * sizeof(double));
                return new WireValue(WireKind.Matrix, m.GetLength(0), m.GetLength(1), data);
            default:
                problem = value is null ? "returned null" : "returned a value of the wrong type";
                return null;
        }
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write((byte)Kind);
        writer.Write(Rows);
        writer.Write(Columns);
        writer.Write(Data.Length);
        foreach (var x in Data)
        {
            writer.Write(x);
        }

        if (Kind == WireKind.Plot)
        {
            (Plot ?? new WirePlot()).Write(writer);
        }
    }

    public static WireValue Read(BinaryReader reader)
    {
        var kind = (WireKind)reader.ReadByte();
        if (kind is not (WireKind.Scalar or WireKind.Vector or WireKind.Matrix or WireKind.Function or WireKind.Plot))
        {
            throw new InvalidDataException($"unknown value kind {(byte)kind}");
        }

        var rows = reader.ReadInt32();
        var columns = reader.ReadInt32();
        var length = reader.ReadInt32();
        var expected = kind switch
        {
            WireKind.Scalar => 1,
            WireKind.Plot => 0,
            _ => (long)rows * columns,
        };
        if (length < 0 || length > MaxLength || rows < 0 || columns < 0 || length != expected)
        {
            throw new InvalidDataException("value shape does not match its length");
        }

        var data = new double[length];
        for (var i = 0; i < length; i++)
        {
            data[i] = reader.ReadDouble();
        }

        return new WireValue(kind, rows, columns, data) { Plot = kind == WireKind.Plot ? WirePlot.Read(reader) : null };
    }
}
