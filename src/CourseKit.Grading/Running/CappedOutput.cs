using System.Text;

namespace CourseKit.Grading.Running;

/// <summary>
/// Drains one of the worker's output streams to its end, keeping the first bytes up to a cap, so a flood
/// can neither fill the grader's memory nor block the worker on a full pipe.
/// </summary>
internal sealed class CappedOutput
{
    private readonly byte[] _kept;
    private int _length;

    private CappedOutput(int cap) => _kept = new byte[cap];

    public bool Truncated { get; private set; }

    public Task Completion { get; private set; } = Task.CompletedTask;

    public static CappedOutput Drain(Stream stream, int cap)
    {
        var output = new CappedOutput(cap);
        output.Completion = Task.Factory.StartNew(() => output.Pump(stream), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        return output;
    }

    public string Text()
    {
        lock (_kept)
        {
            return Encoding.UTF8.GetString(_kept, 0, _length);
        }
    }

    private void Pump(Stream stream)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            int n;
            while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                lock (_kept)
                {
                    var kept = Math.Min(n, _kept.Length - _length);
                    Truncated |= kept < n;
                    Array.Copy(buffer, 0, _kept, _length, kept);
                    _length += kept;
                }
            }
        }
        catch (IOException)
        {
            // The worker was killed mid-write; what was kept is all there is.
        }
        catch (ObjectDisposedException)
        {
        }
    }
}
