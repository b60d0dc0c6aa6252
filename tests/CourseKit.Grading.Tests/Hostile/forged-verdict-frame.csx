// expect: forbidden-api
// expect-ungated: crashed did not come from
// Writes a well-formed frame with a guessed nonce to every plausible inherited descriptor.
double F(double x)
{
    for (var fd = 3; fd < 4096; fd++)
    {
        try
        {
            using var handle = new Microsoft.Win32.SafeHandles.SafeFileHandle(new IntPtr(fd), ownsHandle: false);
            using var stream = new System.IO.FileStream(handle, System.IO.FileAccess.Write, 1);
            var frame = new byte[4 + 4 + 16 + 1 + 4 + 1 + 1];
            BitConverter.GetBytes(frame.Length - 4).CopyTo(frame, 0);
            BitConverter.GetBytes(16).CopyTo(frame, 4);
            frame[24] = 7;
            stream.Write(frame, 0, frame.Length);
        }
        catch (Exception)
        {
        }
    }

    return 1;
}
