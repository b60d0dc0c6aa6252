using System.Globalization;
using CourseKit.Content.Model;

namespace CourseKit.Grading.Reports;

/// <summary>
/// Every sentence a learner reads in a report, once per language: the report's frame, the judges' explanations and the
/// hints that name a mistake's shape. Each message is a method with typed parameters, so a language that lacks one does
/// not compile; numbers are formatted with the invariant culture in every language. See docs/GRADING.md.
/// </summary>
public abstract class ReportText
{
    /// <summary>The English texts, the original.</summary>
    public static ReportText English { get; } = new EnglishReportText();

    /// <summary>The Simplified Chinese texts.</summary>
    public static ReportText Chinese { get; } = new ChineseReportText();

    /// <summary>Every language reports can be written in, English first.</summary>
    public static IReadOnlyList<ReportText> All { get; } = [English, Chinese];

    /// <summary>The codes <c>--language</c> accepts: en, zh.</summary>
    public static IReadOnlyList<string> Languages { get; } = [.. All.Select(t => t.Language)];

    /// <summary>The language code: <c>en</c>, <c>zh</c>.</summary>
    public abstract string Language { get; }

    /// <summary>The texts in <paramref name="language"/>, or null when reports cannot be written in it.</summary>
    public static ReportText? Find(string? language) => All.FirstOrDefault(t => t.Language == language);

    /// <summary>The texts in <paramref name="language"/>; an unknown code is the caller's mistake.</summary>
    /// <exception cref="ArgumentException">Reports cannot be written in <paramref name="language"/>.</exception>
    public static ReportText For(string language) =>
        Find(language) ?? throw new ArgumentException($"reports are written in {string.Join(" or ", Languages)}, not '{language}'", nameof(language));

    // ─── Check names ───

    /// <summary>
    /// The name of <paramref name="check"/> in this language: the exercise's own translation, else the translation of a
    /// name the grader chose (<c>correct</c>, <c>curve</c>, …), else the English name.
    /// </summary>
    public string CheckName(ExerciseCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return check.Names.ByLanguage.TryGetValue(Language, out var own) ? own : CheckName(check.Name);
    }

    /// <summary>A check name the grader chose (<c>correct</c>, <c>answer</c>, <c>manual</c>, <c>curve</c>, …) in this language; any other name as it is.</summary>
    public string CheckName(string englishName) => englishName switch
    {
        "correct" => CorrectCheck,
        "answer" => AnswerCheck,
        "manual" => ManualCheck,
        "curve" => CurveCheck,
        "tangent" => TangentCheck,
        "labels" => LabelsCheck,
        _ => englishName,
    };

    /// <summary>The check an exercise without a <c>checks:</c> list gets.</summary>
    public abstract string CorrectCheck { get; }

    /// <summary>The one check of a choice or numeric exercise without a list.</summary>
    public abstract string AnswerCheck { get; }

    /// <summary>The one check of a manual exercise without a list.</summary>
    public abstract string ManualCheck { get; }

    /// <summary>The plot check of the series on f.</summary>
    public abstract string CurveCheck { get; }

    /// <summary>The plot check of the tangent line.</summary>
    public abstract string TangentCheck { get; }

    /// <summary>The plot check of labels, legend and title.</summary>
    public abstract string LabelsCheck { get; }

    // ─── The report's frame ───

    /// <summary>A verdict as the text report shows it after a check's points.</summary>
    public abstract string VerdictWord(Verdict verdict);

    /// <summary>The label of a check that is not visible: hidden, after the due date.</summary>
    public abstract string VisibilityWord(CheckVisibility visibility);

    /// <summary>What a learner reads instead of a hidden check's details.</summary>
    public abstract string HiddenDetails { get; }

    /// <summary>The last line: points, the status of <paramref name="verdict"/>, the time taken.</summary>
    public abstract string Score(string score, string maxScore, Verdict verdict, TimeSpan elapsed);

    /// <summary>A warning about how the submission ran, e.g. without the OS jail.</summary>
    public abstract string Warning(string warning);

    /// <summary>The heading of what the learner's program printed.</summary>
    public abstract string ProgramPrinted { get; }

    /// <summary>The mark under printed output that was cut at the cap.</summary>
    public abstract string OutputCut { get; }

    /// <summary>A problem of the course (not of the learner), with the instructor's English detail.</summary>
    public abstract string GraderError(string detail);

    /// <summary>Where the plot exercise's figure was saved.</summary>
    public abstract string FigureSaved(string path);

    /// <summary>The figure could not be written.</summary>
    public abstract string FigureNotSaved(string path, string reason);

    /// <summary>The figure was not kept because it is not a plain SVG drawing.</summary>
    public abstract string FigureNotKept { get; }

    // ─── Expected against got ───

    /// <summary>A line <c>hint: …</c>.</summary>
    public abstract string Hint(string hint);

    /// <summary>The input a failure happened at, as a heading.</summary>
    public abstract string At(string input);

    /// <summary>A call that gave no value, at its input.</summary>
    public abstract string AtInput(string input, string why);

    /// <summary>The true value, aligned with <see cref="Got"/>.</summary>
    public abstract string Expected(string value);

    /// <summary>The learner's value, aligned with <see cref="Expected"/>.</summary>
    public abstract string Got(string value);

    /// <summary>The worst errors over the failing inputs of a check.</summary>
    public abstract string ErrorsOverInputs(double absolute, double relative, int failing);

    /// <summary>The absolute error of a single answer.</summary>
    public abstract string AbsoluteError(double absolute);

    /// <summary>What follows <see cref="AbsoluteError"/> when the truth is not 0.</summary>
    public abstract string RelativeErrorAfter(double relative);

    /// <summary>A compile error, forbidden API or missing entry at the learner's line; Roslyn's own words stay English.</summary>
    public abstract string Diagnostic(GradingDiagnostic diagnostic);

    // ─── Calls that gave no value ───

    /// <summary>The call ran past its time limit; <paramref name="detail"/> says which part.</summary>
    public abstract string TimedOut(string? detail);

    /// <summary>The call ran out of memory.</summary>
    public abstract string OutOfMemory { get; }

    /// <summary>The call returned null, the wrong type or too much.</summary>
    public abstract string BadOutput(string? detail);

    /// <summary>The call threw; <paramref name="exception"/> is the exception's type and message.</summary>
    public abstract string Threw(string? exception);

    /// <summary>The call never ran because the run stopped before it.</summary>
    public abstract string NotRun(string? cause);

    /// <summary>The grader refused to run the submission (the sandbox is required but missing); <paramref name="cause"/> says why.</summary>
    public abstract string Refused(string cause);

    /// <summary>The process died during the call (stack overflow, fail-fast, exit).</summary>
    public abstract string Crashed(string? cause);

    // ─── Mistake shapes (Judging/MistakeAnalysis.cs) ───

    /// <summary>A different number of values than the truth has.</summary>
    public abstract string WrongLength(int got, int expected, string input);

    /// <summary>NaN or ∞ where the truth is finite.</summary>
    public abstract string NotFinite(string input);

    /// <summary>The negative of the truth everywhere.</summary>
    public abstract string SignFlipped { get; }

    /// <summary>The truth times one constant everywhere.</summary>
    public abstract string ConstantFactor(string factor);

    /// <summary>The truth plus one constant everywhere.</summary>
    public abstract string ConstantOffset(string offset);

    /// <summary>The right values in the wrong places; <paramref name="moved"/> are component indices.</summary>
    public abstract string SwappedComponents(IReadOnlyList<int> moved);

    /// <summary>Some components always wrong, the rest always right.</summary>
    public abstract string SomeComponentsWrong(IReadOnlyList<int> wrong);

    /// <summary>The <paramref name="wrong"/> components are their truth times <paramref name="factor"/> everywhere; the rest are right.</summary>
    public abstract string SomeComponentsScaled(IReadOnlyList<int> wrong, string factor);

    /// <summary>Right at some inputs, wrong at others.</summary>
    public abstract string RightOnlyAtSomePoints(IReadOnlyList<string> right, IReadOnlyList<string> wrong);

    /// <summary>Wrong everywhere, with no pattern found.</summary>
    public abstract string WrongEverywhere { get; }

    // ─── Numeric, choice and manual answers ───

    /// <summary>The true number of a numeric exercise and the tolerance around it.</summary>
    public abstract string ExpectedWithin(double expected, double tolerance);

    /// <summary>A numeric answer that is the truth's negative.</summary>
    public abstract string NumericWrongSign { get; }

    /// <summary>A numeric answer that cannot be read, and how to write one.</summary>
    public abstract string Unreadable(string problem);

    /// <summary>How to write a numeric answer.</summary>
    public abstract string NumericHowTo { get; }

    /// <summary>The answer file holds nothing but comments.</summary>
    public abstract string NoAnswer { get; }

    /// <summary>A numeric answer file with several lines of text.</summary>
    public abstract string SeveralLines(int lines);

    /// <summary>A numeric answer that is not a number.</summary>
    public abstract string NotANumber(string text);

    /// <summary>A choice answer file that names no option.</summary>
    public abstract string NoChoice(IReadOnlyList<string> options);

    /// <summary>A choice answer that names keys that are not options.</summary>
    public abstract string NotOptions(IReadOnlyList<string> unknown, IReadOnlyList<string> options);

    /// <summary>A wrong choice; <paramref name="rightCount"/> is how many options are right.</summary>
    public abstract string WrongChoice(IReadOnlyList<string> chosen, int rightCount);

    /// <summary>A manual answer with nothing in it.</summary>
    public abstract string ManualEmpty { get; }

    /// <summary>A manual answer recorded for the instructor.</summary>
    public abstract string ManualRecorded(int words, int lines);

    /// <summary>The whole report of a manual answer awaiting its grade.</summary>
    public abstract string AwaitsManualGrading { get; }

    // ─── Plots (Judging/PlotJudge.cs); numbers come formatted ───

    /// <summary>One series of the learner's plot, 0-based <paramref name="index"/>.</summary>
    public abstract string Series(int index, string kind, string label);

    /// <summary>A part of a one-check plot that failed, named by its check.</summary>
    public abstract string PlotPart(string part, string text);

    /// <summary>A note from the worker about what it left out of the plot, appended to a sentence.</summary>
    public abstract string PlotNote(string note);

    /// <summary>The plot has no series.</summary>
    public abstract string PlotEmpty { get; }

    /// <summary>No series has two points where f is defined.</summary>
    public abstract string NoSeriesWhereFDefined(int series, string note);

    /// <summary>A series that is f, drawn over the wrong range.</summary>
    public abstract string CurveOutOfRange(string series, string miss);

    /// <summary>The heading of the series closest to f.</summary>
    public abstract string ClosestSeries(string series);

    /// <summary>The x where the closest series first leaves f.</summary>
    public abstract string AtX(string x);

    /// <summary>f's value there, for <see cref="Expected"/>.</summary>
    public abstract string FOfX(string value);

    /// <summary>The worst errors over the points off f.</summary>
    public abstract string ErrorsOverPoints(double absolute, double relative, int off, int points);

    /// <summary>The series is −f.</summary>
    public abstract string CurveNegated { get; }

    /// <summary>The series is f times a constant.</summary>
    public abstract string CurveScaled(string factor);

    /// <summary>The series meets f at only some points.</summary>
    public abstract string CurveMeetsFAt(int on, int points);

    /// <summary>The series is some other function.</summary>
    public abstract string CurveOtherFunction { get; }

    /// <summary>The tangent the exercise asks for.</summary>
    public abstract string TangentIs(string a, string slope, string intercept, string point);

    /// <summary>The reference has no finite tangent: the course's slip.</summary>
    public abstract string TangentNotFinite(string a);

    /// <summary>The tangent line drawn over the wrong range.</summary>
    public abstract string TangentOutOfRange(string series, string miss);

    /// <summary>No series is straight; <paramref name="expected"/> is <see cref="TangentIs"/>.</summary>
    public abstract string NoStraightLine(string expected, string note);

    /// <summary>The heading of the straight line closest to the tangent.</summary>
    public abstract string NotTheTangent(string series, string slope, string signedIntercept);

    /// <summary>The tangent's slope and intercept, for <see cref="Expected"/>.</summary>
    public abstract string SlopeThrough(string slope, string intercept, string point);

    /// <summary>The learner's slope and intercept, for <see cref="Got"/>.</summary>
    public abstract string SlopeIntercept(string slope, string intercept);

    /// <summary>Right slope, but the line passes through the origin.</summary>
    public abstract string TangentThroughOrigin(string slope, string a, string fa);

    /// <summary>Right slope, but the line misses the point of contact.</summary>
    public abstract string TangentMissesPoint(string a, string fa);

    /// <summary>Neither slope nor point right.</summary>
    public abstract string TangentAllWrong(string a, string fa, string slope);

    /// <summary>Touches the curve, slope has the wrong sign.</summary>
    public abstract string TangentSlopeSign(string a, string slope, string got);

    /// <summary>Touches the curve, slope off by a simple factor.</summary>
    public abstract string TangentSlopeFactor(string a, string factor);

    /// <summary>Touches the curve, slope otherwise wrong.</summary>
    public abstract string TangentSlopeWrong(string a, string got, string slope);

    /// <summary>A series that does not cover the x it must contain.</summary>
    public abstract string RangeMisses(string low, string high, string x);

    /// <summary>What the plot lacks, each from the <c>Missing…</c> texts.</summary>
    public abstract string PlotLacks(IReadOnlyList<string> missing);

    /// <summary>No x-axis label.</summary>
    public abstract string MissingXLabel { get; }

    /// <summary>No y-axis label.</summary>
    public abstract string MissingYLabel { get; }

    /// <summary>No title.</summary>
    public abstract string MissingTitle { get; }

    /// <summary>No legend.</summary>
    public abstract string MissingLegend { get; }

    /// <summary>A legend that names only some series.</summary>
    public abstract string PartialLegend { get; }

    /// <summary>A number in reports: invariant culture, whatever the machine's.</summary>
    private protected static string I(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
