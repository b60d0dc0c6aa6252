namespace CourseKit.Grading.Worker.Protocol;

/// <summary>
/// Everything the worker needs, sent once over its stdin, which it then reads to the end and closes
/// before any learner code loads: where to report, the run's nonce, the assembly and the inputs.
/// </summary>
internal sealed class WorkerRequest
{
    private const int Magic = 0x314B5743; // "CWK1"

    /// <summary>Largest request accepted; guards the worker against a corrupted length prefix.</summary>
    public const int MaxAssemblyBytes = 64 << 20;

    public required string VerdictHandle { get; init; }

    public required byte[] Nonce { get; init; }

    /// <summary>RLIMIT_NPROC the worker sets on itself before loading learner code; 0 leaves it alone.</summary>
    public int ProcessLimit { get; init; }

    /// <summary>RLIMIT_DATA (bytes of writable private memory) the worker sets on itself before loading learner code; 0 leaves it alone.</summary>
    public long MemoryLimit { get; init; }

    public required string ScriptClassName { get; init; }

    public required string EntryName { get; init; }

    public required IReadOnlyList<WireKind> ParameterKinds { get; init; }

    public required WireKind ReturnKind { get; init; }

    public required byte[] Assembly { get; init; }

    public required IReadOnlyList<IReadOnlyList<WireValue>> Inputs { get; init; }

    public void Write(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(VerdictHandle);
        writer.Write(Nonce.Length);
        writer.Write(Nonce);
        writer.Write(ProcessLimit);
        writer.Write(MemoryLimit);
        writer.Write(ScriptClassName);
        writer.Write(EntryName);
        writer.Write(ParameterKinds.Count);
        foreach (var kind in ParameterKinds)
        {
            writer.Write((byte)kind);
        }

        writer.Write((byte)ReturnKind);
        writer.Write(Assembly.Length);
        writer.Write(Assembly);
        writer.Write(Inputs.Count);
        foreach (var input in Inputs)
        {
            foreach (var value in input)
            {
                value.Write(writer);
            }
        }
    }

    public static WorkerRequest Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (reader.ReadInt32() != Magic)
        {
            throw new InvalidDataException("not a worker request");
        }

        var handle = reader.ReadString();
        var nonce = reader.ReadBytes(Bounded(reader.ReadInt32(), 64));
        var processLimit = reader.ReadInt32();
        var memoryLimit = reader.ReadInt64();
        var scriptClass = reader.ReadString();
        var entry = reader.ReadString();
        var parameters = new WireKind[Bounded(reader.ReadInt32(), 16)];
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i] = (WireKind)reader.ReadByte();
        }

        var returns = (WireKind)reader.ReadByte();
        var assembly = reader.ReadBytes(Bounded(reader.ReadInt32(), MaxAssemblyBytes));
        var inputs = new IReadOnlyList<WireValue>[Bounded(reader.ReadInt32(), 1 << 16)];
        for (var i = 0; i < inputs.Length; i++)
        {
            var values = new WireValue[parameters.Length];
            for (var j = 0; j < values.Length; j++)
            {
                values[j] = WireValue.Read(reader);
            }

            inputs[i] = values;
        }

        return new WorkerRequest
        {
            VerdictHandle = handle,
            ProcessLimit = processLimit,
            MemoryLimit = memoryLimit,
            Nonce = nonce,
            ScriptClassName = scriptClass,
            EntryName = entry,
            ParameterKinds = parameters,
            ReturnKind = returns,
            Assembly = assembly,
            Inputs = inputs,
        };
    }

    private static int Bounded(int count, int max) =>
        count >= 0 && count <= max ? count : throw new InvalidDataException($"count {count} out of range");
}
