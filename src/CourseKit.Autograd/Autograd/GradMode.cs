namespace CourseKit.Autograd;

/// <summary>Whether operations on this thread record the graph; switched by <see cref="Tensor.NoGrad"/>.</summary>
internal static class GradMode
{
    [ThreadStatic]
    private static bool t_disabled;

    internal static bool IsEnabled => !t_disabled;

    internal static IDisposable Set(bool enabled)
    {
        var scope = new Scope(!t_disabled);
        t_disabled = !enabled;
        return scope;
    }

    private sealed class Scope(bool previous) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (!_disposed)
            {
                t_disabled = !previous;
                _disposed = true;
            }
        }
    }
}
