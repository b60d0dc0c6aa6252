using System.CommandLine;
using CourseKit.Content.Verification;

namespace CourseKit.Cli;

/// <summary>Runs coursekit against an injected console: what <c>Main</c> calls and what tests call.</summary>
public static class CourseKitApp
{
    /// <summary>Parses and runs <paramref name="args"/>; usage errors print to standard error and give exit code 2.</summary>
    public static async Task<int> RunAsync(
        string[] args, CliConsole console, IReadOnlyList<ICourseVerifier>? verifiers = null, CancellationToken cancellationToken = default)
    {
        var root = CommandRegistry.Build(console, verifiers ?? CommandRegistry.DefaultVerifiers);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await console.Error.WriteLineAsync($"coursekit: {error.Message}").ConfigureAwait(false);
            }

            await console.Error.WriteLineAsync("Run 'coursekit --help' to see the commands and their options.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var configuration = new InvocationConfiguration { Output = console.Out, Error = console.Error };
        return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }
}
