using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace CourseKit.Site.Tests.Checking;

/// <summary>
/// A web server on 127.0.0.1 standing in for the internet (which this machine does not reach): /ok answers 200,
/// /missing 404, /moved redirects to /ok, /moved-to-missing to /missing, /slow answers after 3 s, /no-head
/// refuses HEAD with 405 and answers GET, /down answers 503. It records every request it gets.
/// </summary>
internal sealed class LocalLinkServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly CancellationTokenSource stopping = new();
    private readonly Task loop;
    private int inFlight;

    public LocalLinkServer()
    {
        // HttpListener needs a fixed port: take one the system says is free.
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
        }
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        loop = Task.Run(AcceptAsync);
    }

    public int Port { get; }

    public string Url(string path) => $"http://127.0.0.1:{Port}{path}";

    /// <summary>Each request as "METHOD /path", in arrival order.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>The most requests that were being answered at once.</summary>
    public int MostAtOnce { get; private set; }

    public void Dispose()
    {
        stopping.Cancel();
        listener.Close();
        try
        {
            loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener throws when closed under a pending accept; that is how the loop ends.
        }
        stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var request = context.Request;
        var response = context.Response;
        string path = request.Url!.AbsolutePath;
        Requests.Enqueue($"{request.HttpMethod} {path}");
        int now = Interlocked.Increment(ref inFlight);
        lock (Requests)
        {
            MostAtOnce = Math.Max(MostAtOnce, now);
        }
        // A request stops counting before its answer leaves: the client may start its next request the moment the answer
        // arrives, and counting until after Close() made that next one look concurrent (a flaky 3 against a limit of 2).
        bool counted = true;
        void Answered()
        {
            if (counted)
            {
                counted = false;
                Interlocked.Decrement(ref inFlight);
            }
        }
        try
        {
            switch (path)
            {
                case "/ok":
                    response.StatusCode = 200;
                    break;
                case "/moved":
                    response.StatusCode = 301;
                    response.RedirectLocation = Url("/ok");
                    break;
                case "/moved-to-missing":
                    response.StatusCode = 302;
                    response.RedirectLocation = Url("/missing");
                    break;
                case "/slow":
                    await Task.Delay(TimeSpan.FromSeconds(3), stopping.Token).ConfigureAwait(false);
                    response.StatusCode = 200;
                    break;
                case "/no-head":
                    response.StatusCode = request.HttpMethod == "HEAD" ? 405 : 200;
                    break;
                case "/down":
                    response.StatusCode = 503;
                    break;
                case var p when p.StartsWith("/busy/", StringComparison.Ordinal):
                    await Task.Delay(TimeSpan.FromMilliseconds(150), stopping.Token).ConfigureAwait(false);
                    response.StatusCode = 200;
                    break;
                default:
                    response.StatusCode = 404;
                    break;
            }
            Answered();
            response.Close();
        }
        catch (Exception e) when (e is OperationCanceledException or HttpListenerException or ObjectDisposedException)
        {
            // The client gave up (a timeout under test) or the server is stopping.
        }
        finally
        {
            Answered();
        }
    }
}
