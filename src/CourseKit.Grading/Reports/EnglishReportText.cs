using CourseKit.Content.Model;

namespace CourseKit.Grading.Reports;

/// <summary>The reports' English texts, the original every translation follows.</summary>
internal sealed class EnglishReportText : ReportText
{
    public override string Language => "en";

    public override string CorrectCheck => "correct";

    public override string AnswerCheck => "answer";

    public override string ManualCheck => "manual";

    public override string CurveCheck => "curve";

    public override string TangentCheck => "tangent";

    public override string LabelsCheck => "labels";

    public override string VerdictWord(Verdict verdict) => ReportWriter.VerdictName(verdict);

    public override string VisibilityWord(CheckVisibility visibility) => ReportWriter.VisibilityName(visibility);

    public override string HiddenDetails => "details are hidden for this check";

    public override string Score(string score, string maxScore, Verdict verdict, TimeSpan elapsed) =>
        I($"Score: {score}/{maxScore} ({GradeReport.StatusOf(verdict)}, {elapsed.TotalSeconds:0.00} s)");

    public override string Warning(string warning) => warning;

    public override string ProgramPrinted => "your program printed:";

    public override string OutputCut => "… (cut at the output limit)";

    public override string GraderError(string detail) => $"grader error: {detail}";

    public override string FigureSaved(string path) => $"Your figure: {path}";

    public override string FigureNotSaved(string path, string reason) => $"Your figure could not be saved to {path}: {reason}";

    public override string FigureNotKept => "the picture was not kept: it is not a plain SVG drawing";

    public override string Hint(string hint) => $"hint: {hint}";

    public override string At(string input) => $"at {input}";

    public override string AtInput(string input, string why) => $"at {input}: {why}";

    public override string Expected(string value) => $"expected {value}";

    public override string Got(string value) => $"got      {value}";

    public override string ErrorsOverInputs(double absolute, double relative, int failing) =>
        I($"absolute error {absolute:G3}, relative error {relative:G3} (the largest over {failing} failing input{Plural(failing)})");

    public override string AbsoluteError(double absolute) => I($"absolute error {absolute:G3}");

    public override string RelativeErrorAfter(double relative) => I($", relative error {relative:G3}");

    public override string Diagnostic(GradingDiagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return diagnostic.Line > 0 ? I($"line {diagnostic.Line}: {diagnostic.Message}") : diagnostic.Message;
    }

    public override string TimedOut(string? detail) =>
        $"ran past the time limit{(detail is null ? "" : $" ({detail})")}; look for a loop that never ends.";

    public override string OutOfMemory => "ran out of memory; look for an array or list that grows without bound.";

    public override string BadOutput(string? detail) => $"bad output: {detail ?? "returned null"}.";

    public override string Threw(string? exception) => $"threw {exception}.";

    public override string NotRun(string? cause) => $"did not run: {cause ?? "an earlier call ended the run"}.";

    public override string Refused(string cause) => cause;

    public override string Crashed(string? cause) => $"crashed: {cause ?? "the process died"}.";

    public override string WrongLength(int got, int expected, string input) =>
        I($"Your answer has {got} value{Plural(got)} but should have {expected} at {input}: return one value per input component.");

    public override string NotFinite(string input) =>
        $"Your answer is NaN or infinite at {input}, where the true value is finite: look for a division by zero or the log or square root of a negative number.";

    public override string SignFlipped =>
        "Every value has the wrong sign: check the sign of each term, e.g. d/dx cos x = −sin x and d/dx (1/x) = −1/x².";

    public override string ConstantFactor(string factor) =>
        $"Your answer is the true one times {factor} everywhere: a constant factor is missing or extra, e.g. the power rule brings the exponent down (d/dx x² = 2x).";

    public override string ConstantOffset(string offset) =>
        $"Your answer is off by the same amount, {offset}, everywhere: a constant term survived differentiation, but the derivative of a constant is 0.";

    public override string SwappedComponents(IReadOnlyList<int> moved) =>
        $"The right values are in the wrong places: components {Components(moved)} are swapped. Component i must be the derivative with respect to input i.";

    public override string SomeComponentsWrong(IReadOnlyList<int> wrong)
    {
        ArgumentNullException.ThrowIfNull(wrong);
        var one = wrong.Count == 1;
        return $"Component{Plural(wrong.Count)} {Components(wrong)} {(one ? "is" : "are")} wrong and the rest are right: recheck the partial derivative{Plural(wrong.Count)} with respect to {(one ? "that input" : "those inputs")}.";
    }

    public override string SomeComponentsScaled(IReadOnlyList<int> wrong, string factor)
    {
        ArgumentNullException.ThrowIfNull(wrong);
        var one = wrong.Count == 1;
        return $"Component{Plural(wrong.Count)} {Components(wrong)} {(one ? "is" : "are")} the true value times {factor} everywhere and the rest are right: "
            + $"a constant factor is missing or extra in {(one ? "that partial derivative" : "those partial derivatives")}, e.g. the power rule brings the exponent down (∂/∂x₁ x₁² = 2x₁).";
    }

    public override string RightOnlyAtSomePoints(IReadOnlyList<string> right, IReadOnlyList<string> wrong) =>
        $"Right at {Inputs(right)} but wrong at {Inputs(wrong)}: your formula agrees with the truth only at special points, so a term that vanishes there is probably wrong or missing.";

    public override string WrongEverywhere =>
        "Wrong at every input, the one above included: derive the formula again step by step and compare each term with the rules.";

    public override string ExpectedWithin(double expected, double tolerance) => I($"expected {expected:R} (within ±{tolerance:G3})");

    public override string NumericWrongSign => "your answer has the wrong sign.";

    public override string Unreadable(string problem) => $"{problem}: {NumericHowTo}";

    public override string NumericHowTo =>
        "write your answer as one number on a line of its own, e.g. `2.5` or `answer = 2.5` (comment lines start with //)";

    public override string NoAnswer => "no answer found";

    public override string SeveralLines(int lines) => I($"found {lines} lines that are not comments, but a numeric answer is a single number");

    public override string NotANumber(string text) => $"`{text}` is not a number";

    public override string NoChoice(IReadOnlyList<string> options) =>
        $"no answer found: write the key of your choice ({string.Join(", ", options)}) on a line of its own";

    public override string NotOptions(IReadOnlyList<string> unknown, IReadOnlyList<string> options)
    {
        ArgumentNullException.ThrowIfNull(unknown);
        return $"{string.Join(", ", unknown.Select(k => $"`{k}`"))} {(unknown.Count == 1 ? "is not an option" : "are not options")}; the options are {string.Join(", ", options)}";
    }

    public override string WrongChoice(IReadOnlyList<string> chosen, int rightCount) =>
        $"you chose {string.Join(", ", chosen)}, which is not the right {(rightCount == 1 ? "answer" : "set of answers")}"
        + (rightCount > 1 ? I($" ({rightCount} options are right)") : "");

    public override string ManualEmpty => "the answer is empty: write it in the file (any text; a first line `// exercise: <id>` is allowed)";

    public override string ManualRecorded(int words, int lines) =>
        I($"recorded for your instructor, who grades this exercise by hand ({words} word{Plural(words)} on {lines} line{Plural(lines)}); no points until then");

    public override string AwaitsManualGrading => "awaits manual grading";

    public override string Series(int index, string kind, string label) =>
        label.Length > 0 ? I($"series {index + 1} ({kind} “{label}”)") : I($"series {index + 1} ({kind}, no label)");

    public override string PlotPart(string part, string text) => $"{part}: {text}";

    public override string PlotNote(string note) => $" ({note})";

    public override string PlotEmpty => "the plot is empty: add a series for f, e.g. plot.Add.Scatter(xs, ys) with ys[i] = f(xs[i])";

    public override string NoSeriesWhereFDefined(int series, string note) =>
        I($"no series lies on f: none of the {series} series has two or more points where f is defined{note}");

    public override string CurveOutOfRange(string series, string miss) => $"{series} lies on f, but {miss}";

    public override string ClosestSeries(string series) => $"no series lies on f; the closest is {series}:";

    public override string AtX(string x) => $"at x = {x}";

    public override string FOfX(string value) => $"f(x) = {value}";

    public override string ErrorsOverPoints(double absolute, double relative, int off, int points) =>
        I($"absolute error {absolute:G3}, relative error {relative:G3} (the largest over {off} of {points} points off f)");

    public override string CurveNegated => "the series is −f everywhere: a sign is flipped.";

    public override string CurveScaled(string factor) => $"the series is f times {factor} everywhere: a constant factor is off.";

    public override string CurveMeetsFAt(int on, int points) => I($"it meets f at {on} of {points} points only: plot the exercise's f itself, term by term.");

    public override string CurveOtherFunction => "it is another function altogether: plot the f the exercise names.";

    public override string TangentIs(string a, string slope, string intercept, string point) =>
        $"the tangent at x = {a} is y = f({a}) + f′({a})(x − {a}): slope {slope}, intercept {intercept}, through {point}";

    public override string TangentNotFinite(string a) => $"grader: f or f′ is not finite at x = {a}; tell your instructor";

    public override string TangentOutOfRange(string series, string miss) => $"{series} is the tangent line, but {miss}";

    public override string NoStraightLine(string expected, string note) =>
        $"no series is a straight line, so none can be the tangent; {expected}. Draw it as a series of its own{note}.";

    public override string NotTheTangent(string series, string slope, string signedIntercept) =>
        $"{series} is the straight line y = {slope}x {signedIntercept}, not the tangent:";

    public override string SlopeThrough(string slope, string intercept, string point) => $"slope {slope}, intercept {intercept} (through {point})";

    public override string SlopeIntercept(string slope, string intercept) => $"slope {slope}, intercept {intercept}";

    public override string TangentThroughOrigin(string slope, string a, string fa) =>
        $"the slope is right but the line goes through the origin (y = {slope}x): the tangent must touch the curve at ({a}, {fa}); use y = f(a) + f′(a)(x − a).";

    public override string TangentMissesPoint(string a, string fa) =>
        $"the slope is right but the line misses the point ({a}, {fa}) where it must touch the curve: use y = f(a) + f′(a)(x − a).";

    public override string TangentAllWrong(string a, string fa, string slope) =>
        $"neither the slope nor the point is right: the tangent at x = {a} passes through ({a}, f({a})) = ({a}, {fa}) with slope f′({a}) = {slope}.";

    public override string TangentSlopeSign(string a, string slope, string got) =>
        $"the line touches the curve at x = {a}, but its slope has the wrong sign: f′({a}) = {slope}, not {got}. Check the sign of each term's derivative, e.g. d/dx (−1/x) = +1/x².";

    public override string TangentSlopeFactor(string a, string factor) =>
        $"the line touches the curve at x = {a}, but its slope is f′({a}) times {factor}: a constant factor is lost or extra; the power rule brings the exponent down (d/dx x³ = 3x²).";

    public override string TangentSlopeWrong(string a, string got, string slope) =>
        $"the line touches the curve at x = {a}, but its slope {got} is not f′({a}) = {slope}: differentiate f term by term and evaluate at x = {a}.";

    public override string RangeMisses(string low, string high, string x) =>
        $"it covers x from {low} to {high}, which does not contain {x}: draw it over a range that contains x = {x}.";

    public override string PlotLacks(IReadOnlyList<string> missing) => "the plot lacks " + string.Join("; ", missing);

    public override string MissingXLabel => "an x-axis label (plot.XLabel(\"x\"), or the xLabel of Figures.Plot)";

    public override string MissingYLabel => "a y-axis label (plot.YLabel(\"y\"), or the yLabel of Figures.Plot)";

    public override string MissingTitle => "a title (plot.Title(\"…\"))";

    public override string MissingLegend => "a legend (set each series' LegendText and call plot.ShowLegend(), or pass legend: [..] to Figures.Plot)";

    public override string PartialLegend => "a legend entry for every series: the legend names only some of them";

    private static string Plural(int count) => count == 1 ? "" : "s";

    private static string Components(IReadOnlyList<int> indices) => string.Join(", ", indices.Select(i => I($"[{i}]")));

    private static string Inputs(IReadOnlyList<string> inputs) =>
        inputs.Count <= 2 ? string.Join(" and ", inputs) : I($"{inputs[0]} and {inputs.Count - 1} other input{Plural(inputs.Count - 1)}");
}
