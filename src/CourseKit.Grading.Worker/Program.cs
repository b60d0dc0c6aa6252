using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using CourseKit.Grading.Worker.Protocol;
using Microsoft.Win32.SafeHandles;

namespace CourseKit.Grading.Worker;

/// <summary>
/// Runs one compiled submission and exits. The clock is the grader's job (it kills this process); before learner code
/// loads, this program lowers its own hard limits (<see cref="ResourceLimits"/>), then loads the assembly, calls the
/// entry method once per input and reports each raw result on the verdict channel, never on stdout, which belongs to
/// the learner.
/// </summary>
internal static class Program
{
    private const int UsageError = 64;
    private const int LimitsRefused = 71;

    private static int Main()
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;

        WorkerRequest request;
        try
        {
            // The whole request is read before learner code exists and the grader has closed its end, so a
            // learner reading stdin sees only its end. Plain file streams on the inherited descriptors (not
            // Console or System.IO.Pipes) keep a dozen assemblies out of every worker's start-up.
            using var stdin = new FileStream(new SafeFileHandle(0, ownsHandle: false), FileAccess.Read, bufferSize: 0);
            using var buffer = new MemoryStream();
            stdin.CopyTo(buffer);
            buffer.Position = 0;
            request = WorkerRequest.Read(buffer);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or EndOfStreamException)
        {
            Console.Error.WriteLine($"coursekit worker: bad request: {e.Message}");
            return UsageError;
        }

        if (ResourceLimits.Apply(request.ProcessLimit, request.MemoryLimit) is { } refused)
        {
            Console.Error.WriteLine($"coursekit worker: {refused}; not running learner code without its limits");
            return LimitsRefused;
        }

        using var verdicts = new FileStream(
            new SafeFileHandle(nint.Parse(request.VerdictHandle, CultureInfo.InvariantCulture), ownsHandle: true), FileAccess.Write, bufferSize: 0);
        Run(request, frame => frame.Write(verdicts, request.Nonce));

        // Exit at once: threads the learner left running must not keep the process alive, and finalizers
        // are not run at exit on .NET.
        Environment.Exit(0);
        return 0;
    }

    private static void Run(WorkerRequest request, Action<WorkerFrame> send)
    {
        var assembly = AssemblyLoadContext.Default.LoadFromStream(new MemoryStream(request.Assembly));
        var scriptClass = assembly.GetType(request.ScriptClassName, throwOnError: false);
        var factory = scriptClass?.GetMethod("<Factory>", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static);
        if (scriptClass is null || factory is null)
        {
            send(new WorkerFrame { Type = FrameType.MissingEntry, Text = "the compiled script has no submission class" });
            return;
        }

        var parameterTypes = new Type[request.ParameterKinds.Count];
        for (var i = 0; i < parameterTypes.Length; i++)
        {
            parameterTypes[i] = ClrType(request.ParameterKinds[i]);
        }

        var entry = scriptClass.GetMethod(
            request.EntryName,
            BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static,
            binder: null,
            parameterTypes,
            modifiers: null);
        if (entry is null || entry.ReturnType != ClrType(request.ReturnKind) || entry.IsGenericMethodDefinition)
        {
            send(new WorkerFrame { Type = FrameType.MissingEntry, Text = $"no method {request.EntryName} with the expected signature" });
            return;
        }

        if (request.ReturnKind == WireKind.Plot)
        {
            try
            {
                Plots.PlotCapture.WarmUp();
            }
            catch (Exception e)
            {
                send(new WorkerFrame { Type = FrameType.LoadThrew, Text = $"(the grader could not prepare plotting) {Describe(e)}" });
                return;
            }
        }

        // Slot 0 holds the (absent) globals object, slot 1 receives this submission's instance.
        var submissions = new object?[2];
        try
        {
            var created = (Task<object>)factory.Invoke(null, BindingFlags.DoNotWrapExceptions, binder: null, [submissions], culture: null)!;
            created.GetAwaiter().GetResult();
        }
        catch (Exception e)
        {
            send(new WorkerFrame { Type = FrameType.LoadThrew, Text = Describe(e) });
            return;
        }

        var instance = entry.IsStatic ? null : submissions[1];
        send(new WorkerFrame { Type = FrameType.Ready });
        for (var i = 0; i < request.Inputs.Count; i++)
        {
            send(Call(entry, instance, request.Inputs[i], request.ReturnKind, i));
        }

        send(new WorkerFrame { Type = FrameType.Done });
    }

    private static WorkerFrame Call(MethodInfo entry, object? instance, IReadOnlyList<WireValue> input, WireKind returns, int index)
    {
        object? result;
        try
        {
            var arguments = new object?[input.Count];
            for (var a = 0; a < arguments.Length; a++)
            {
                arguments[a] = input[a].ToClr();
            }

            result = entry.Invoke(instance, BindingFlags.DoNotWrapExceptions, binder: null, arguments, culture: null);
        }
        catch (Exception e)
        {
            return new WorkerFrame { Type = FrameType.Threw, Index = index, Text = Describe(e) };
        }

        string? problem;
        WireValue? value;
        try
        {
            // Reading a plot runs learner code too (its data sources, formatters), so it belongs to the call.
            value = returns == WireKind.Plot ? Plots.PlotCapture.Capture(result, out problem) : WireValue.FromClr(result, returns, out problem);
        }
        catch (Exception e)
        {
            return new WorkerFrame { Type = FrameType.Threw, Index = index, Text = Describe(e) };
        }

        return value is null
            ? new WorkerFrame { Type = FrameType.BadOutput, Index = index, Text = problem }
            : new WorkerFrame { Type = FrameType.Returned, Index = index, Value = value };
    }

    /// <summary>
    /// Names an exception without running learner code: the type name is read from metadata, and the
    /// message only for exceptions defined by the runtime itself (a learner's subclass could override it).
    /// </summary>
    private static string Describe(Exception e)
    {
        var type = e.GetType();
        var name = type.FullName ?? type.Name;
        if (type.Assembly != typeof(object).Assembly)
        {
            return name;
        }

        var message = e.Message;
        return message.Length > 500 ? $"{name}: {message[..500]}…" : $"{name}: {message}";
    }

    private static Type ClrType(WireKind kind) => kind switch
    {
        WireKind.Scalar => typeof(double),
        WireKind.Vector => typeof(double[]),
        WireKind.Function => typeof(Func<double, double>),
        WireKind.Plot => Plots.PlotCapture.PlotType(),
        _ => typeof(double[,]),
    };
}
