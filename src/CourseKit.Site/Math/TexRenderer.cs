using System.Text.Json;
using System.Text.RegularExpressions;
using Jint;
using Jint.Native;
using Jint.Runtime;

// The namespace is Mathematics, not Math, so code elsewhere in CourseKit.Site can still write Math.Max.
namespace CourseKit.Site.Mathematics;

/// <summary>
/// Renders TeX to MathML at build time with Temml running inside Jint, so pages show math without any
/// script. Loading Temml takes seconds, so one renderer is made per build and reused for every formula.
/// </summary>
/// <remarks>Thread-safe: calls are serialised, as a Jint engine runs one script at a time.</remarks>
public sealed partial class TexRenderer : IDisposable
{
    private const string RenderFunction = "__coursekitRenderTex";

    private readonly Engine engine;
    private readonly Lock gate = new();

    /// <summary>Loads Temml from <paramref name="temmlScript"/> (its CommonJS build, <c>dist/temml.cjs</c>).</summary>
    /// <param name="temmlScript">Path to Temml's CommonJS script, usually <see cref="TemmlAssets.Script"/>.</param>
    /// <param name="macros">Course-wide macros such as <c>\R</c> → <c>\mathbb{R}</c>; each formula starts from these.</param>
    public TexRenderer(string temmlScript, IReadOnlyDictionary<string, string>? macros = null)
    {
        string source = File.ReadAllText(temmlScript);
        engine = new Engine(options => options.LimitRecursion(4096));
        // Temml's CommonJS build assigns module.exports; a function scope keeps its names off the globals.
        engine.Execute("var temml = (function () { var module = { exports: {} }; var exports = module.exports;\n" + source + "\n;return module.exports; })();", temmlScript);
        engine.Execute($$"""
            var __coursekitMacros = {{JsonSerializer.Serialize(macros ?? new Dictionary<string, string>())}};
            function {{RenderFunction}}(tex, display) {
              try {
                // A fresh copy of the macros per formula, so one formula's \gdef cannot leak into the next.
                var markup = temml.renderToString(tex, { displayMode: display, throwOnError: true, macros: Object.assign({}, __coursekitMacros) });
                return { ok: true, markup: markup };
              } catch (e) {
                if (e instanceof temml.ParseError) return { ok: false, message: e.message, position: e.position };
                throw e;
              }
            }
            """, "coursekit-math.js");
        Version = engine.Evaluate("temml.version").AsString();
    }

    /// <summary>Loads the Temml restored under <paramref name="siteDirectory"/>'s <c>node_modules</c>.</summary>
    public static TexRenderer ForSite(string siteDirectory, IReadOnlyDictionary<string, string>? macros = null) =>
        new(TemmlAssets.Locate(siteDirectory).Script, macros);

    /// <summary>The Temml version that was loaded, for cache keys and the site's credits.</summary>
    public string Version { get; }

    /// <summary>Renders one formula (without its <c>$</c> delimiters) to a <c>&lt;math&gt;</c> element.</summary>
    /// <returns>The MathML, or a <see cref="MathError"/> with the position of the problem in <paramref name="tex"/>.</returns>
    public MathRendering Render(string tex, MathMode mode = MathMode.Inline)
    {
        ArgumentNullException.ThrowIfNull(tex);
        JsValue result;
        lock (gate)
        {
            try
            {
                result = engine.Invoke(RenderFunction, tex, mode == MathMode.Display);
            }
            catch (JavaScriptException e)
            {
                // Not a parse error: a bug or limit inside Temml. Still the formula's problem, so still data.
                return MathRendering.Failure(MathError.At("Temml failed: " + e.Message, tex, null));
            }
            catch (RecursionDepthOverflowException)
            {
                return MathRendering.Failure(MathError.At("The formula nests too deeply to render.", tex, null));
            }
        }
        var outcome = result.AsObject();
        if (outcome.Get("ok").AsBoolean())
        {
            return MathRendering.Success(outcome.Get("markup").AsString());
        }
        JsValue position = outcome.Get("position");
        int? offset = position.IsNumber() ? (int)position.AsNumber() : null;
        return MathRendering.Failure(MathError.At(CleanMessage(outcome.Get("message").AsString()), tex, offset));
    }

    /// <summary>Releases the JavaScript engine.</summary>
    public void Dispose() => engine.Dispose();

    // Temml appends " at position N: <context with combining underlines>"; the site reports the position
    // itself, with the file's own line and column, so only the reason is kept.
    private static string CleanMessage(string message) => PositionSuffix().Replace(message, "").Trim();

    [GeneratedRegex(" at (position \\d+|end of input):[\\s\\S]*$")]
    private static partial Regex PositionSuffix();
}
