namespace CourseKit.Grading.Worker.Protocol;

/// <summary>
/// One length-prefixed message on the verdict channel. Each carries the run's nonce, so bytes that did not
/// come from this run's worker code are rejected rather than believed.
/// </summary>
internal sealed class WorkerFrame
{
    /// <summary>Largest frame accepted; one returned value plus a short text.</summary>
    public const int MaxFrameBytes = (WireValue.MaxLength * sizeof(double)) + (1 << 16);

    public required FrameType Type { get; init; }

    public int Index { get; init; }

    public WireValue? Value { get; init; }

    public string? Text { get; init; }

    public void Write(Stream stream, byte[] nonce)
    {
        using var body = new MemoryStream();
        using (var writer = new BinaryWriter(body, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(nonce.Length);
            writer.Write(nonce);
            writer.Write((byte)Type);
            writer.Write(Index);
            writer.Write(Value is not null);
            Value?.Write(writer);
            writer.Write(Text ?? string.Empty);
        }

        Span<byte> prefix = stackalloc byte[sizeof(int)];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(prefix, checked((int)body.Length));
        stream.Write(prefix);
        stream.Write(body.GetBuffer(), 0, (int)body.Length);
        stream.Flush();
    }

    /// <summary>Reads the next frame, or null at the end of the stream.</summary>
    public static WorkerFrame? Read(Stream stream, byte[] nonce)
    {
        var prefix = new byte[sizeof(int)];
        if (!ReadExactly(stream, prefix))
        {
            return null;
        }

        var length = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(prefix);
        if (length < 0 || length > MaxFrameBytes)
        {
            throw new InvalidDataException($"frame of {length} bytes refused");
        }

        var body = new byte[length];
        if (!ReadExactly(stream, body))
        {
            throw new InvalidDataException("frame cut short");
        }

        using var reader = new BinaryReader(new MemoryStream(body), System.Text.Encoding.UTF8);
        var sent = reader.ReadBytes(reader.ReadInt32());
        if (!System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(sent, nonce))
        {
            throw new InvalidDataException("frame with a wrong nonce");
        }

        var type = (FrameType)reader.ReadByte();
        var index = reader.ReadInt32();
        var value = reader.ReadBoolean() ? WireValue.Read(reader) : null;
        var text = reader.ReadString();
        return new WorkerFrame { Type = type, Index = index, Value = value, Text = text.Length == 0 ? null : text };
    }

    private static bool ReadExactly(Stream stream, byte[] buffer)
    {
        var read = 0;
        while (read < buffer.Length)
        {
            var n = stream.Read(buffer, read, buffer.Length - read);
            if (n == 0)
            {
                return read == 0 ? false : throw new InvalidDataException("frame cut short");
            }

            read += n;
        }

        return true;
    }
}
