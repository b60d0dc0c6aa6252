using System.CommandLine;
using CourseKit.Site.Serving;

namespace CourseKit.Cli.Commands;

/// <summary>
/// <c>coursekit serve [dir] [--port 8000]</c>: build, serve on 127.0.0.1, rebuild on every save under content/ or
/// the theme, and reload the open pages. Runs until interrupted.
/// </summary>
internal sealed class ServeCommand : Command
{
    private readonly Argument<string?> directory = new("dir")
    {
        Description = "The course folder (the one holding content/). Default: found upward from the current folder.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private readonly Option<int> port = new("--port")
    {
        Description = "The port on 127.0.0.1 to serve on.",
        DefaultValueFactory = _ => 8000,
    };

    private readonly Option<string> output = new("--out")
    {
        Description = "The folder the site is built into (emptied first), relative to the course folder.",
        DefaultValueFactory = _ => "_site",
    };

    public ServeCommand(CliConsole console)
        : base(
            "serve",
            "Build the course website, serve it on http://127.0.0.1:<port>/ and rebuild and reload the page on every save "
            + "under content/ or the theme. Stop with Ctrl+C.\n\n"
            + "Examples:\n  coursekit serve\n  coursekit serve ~/courses/calculus --port 8080")
    {
        Arguments.Add(directory);
        Options.Add(port);
        Options.Add(output);
        SetAction((parse, cancellationToken) =>
            RunAsync(console, parse.GetValue(directory), parse.GetValue(port), parse.GetValue(output) ?? "_site", cancellationToken));
    }

    private static async Task<int> RunAsync(CliConsole console, string? dir, int port, string output, CancellationToken cancellationToken)
    {
        if (BuildCommand.Resolve(console, dir, output) is not { } options)
        {
            return ExitCodes.Usage;
        }
        await using var session = await ServeSession.StartAsync(
            options, port, result => BuildCommand.Report(console, options, result), cancellationToken).ConfigureAwait(false);
        if (session is null)
        {
            return ExitCodes.Failure;
        }
        console.Out.WriteLine($"serving {session.Server.Address} — watching content/ and the theme; Ctrl+C to stop");
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: stop serving.
        }
        return ExitCodes.Success;
    }
}
