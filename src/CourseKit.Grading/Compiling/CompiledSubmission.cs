namespace CourseKit.Grading.Compiling;

/// <summary>A gated script, emitted: the bytes the worker loads and the name of its submission class.</summary>
/// <param name="Assembly">The PE image; never loaded in the grading process.</param>
/// <param name="ScriptClassName">Metadata name of the class Roslyn generates for the script.</param>
public sealed record CompiledSubmission(byte[] Assembly, string ScriptClassName);
