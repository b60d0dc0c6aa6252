using System.Text.RegularExpressions;
using CourseKit.Content.Model;
using CourseKit.Grading.Running;

namespace CourseKit.Grading.Reports;

/// <summary>
/// The reports' Simplified Chinese texts. Code, formulas and numbers stay as in English; Roslyn's compiler messages
/// stay English inside a Chinese frame, and the grader's own causes and diagnostics are translated where their wording
/// is known (otherwise shown as they are).
/// </summary>
internal sealed partial class ChineseReportText : ReportText
{
    public override string Language => "zh";

    public override string CorrectCheck => "正确性";

    public override string AnswerCheck => "答案";

    public override string ManualCheck => "人工评分";

    public override string CurveCheck => "曲线";

    public override string TangentCheck => "切线";

    public override string LabelsCheck => "图表标注";

    public override string VerdictWord(Verdict verdict) => verdict switch
    {
        Verdict.Passed => "通过",
        Verdict.Wrong => "答案错误",
        Verdict.CompileError => "编译错误",
        Verdict.ForbiddenApi => "使用了禁用的 API",
        Verdict.MissingEntry => "缺少入口方法",
        Verdict.BadOutput => "输出无效",
        Verdict.Timeout => "超时",
        Verdict.MemoryLimit => "超出内存限制",
        Verdict.Crashed => "程序崩溃",
        Verdict.Pending => "待人工评分",
        _ => "评分器出错",
    };

    public override string VisibilityWord(CheckVisibility visibility) => visibility switch
    {
        CheckVisibility.Hidden => "隐藏",
        CheckVisibility.AfterDue => "截止后公布",
        _ => "可见",
    };

    public override string HiddenDetails => "此项检查的详细信息不公开";

    public override string Score(string score, string maxScore, Verdict verdict, TimeSpan elapsed)
    {
        var status = GradeReport.StatusOf(verdict) switch
        {
            "passed" => "通过",
            "pending" => "待评分",
            "error" => "出错",
            _ => "未通过",
        };
        return I($"得分：{score}/{maxScore}（{status}，{elapsed.TotalSeconds:0.00} 秒）");
    }

    public override string Warning(string warning) => warning == WorkerRunner.NoJailWarning
        ? $"警告：学员代码在没有操作系统沙箱的情况下运行了（{WorkerRunner.SandboxUnavailableReason ?? "已关闭"}）；挡在它和这台机器之间的只有 API 检查、一个独立进程及其资源限制。请安装 bubblewrap，或要求必须使用沙箱。"
        : warning;

    public override string ProgramPrinted => "你的程序输出了：";

    public override string OutputCut => "…（超出输出上限，后面的内容已截断）";

    public override string GraderError(string detail) => $"评分器出错（这是课程本身的问题，不是你的错，请告诉老师）：{detail}";

    public override string FigureSaved(string path) => $"你的图：{path}";

    public override string FigureNotSaved(string path, string reason) => $"你的图无法保存到 {path}：{reason}";

    public override string FigureNotKept => "图片没有保存：它不是一幅普通的 SVG 图";

    public override string Hint(string hint) => $"提示：{hint}";

    public override string At(string input) => $"在 {input} 处";

    public override string AtInput(string input, string why) => $"在 {input} 处：{why}";

    public override string Expected(string value) => $"期望值 {value}";

    public override string Got(string value) => $"实际值 {value}";

    public override string ErrorsOverInputs(double absolute, double relative, int failing) =>
        I($"绝对误差 {absolute:G3}，相对误差 {relative:G3}（{failing} 个出错输入中的最大值）");

    public override string AbsoluteError(double absolute) => I($"绝对误差 {absolute:G3}");

    public override string RelativeErrorAfter(double relative) => I($"，相对误差 {relative:G3}");

    public override string Diagnostic(GradingDiagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var message = Translate(diagnostic.Code, diagnostic.Message);
        return diagnostic.Line > 0 ? I($"第 {diagnostic.Line} 行：{message}") : message;
    }

    public override string TimedOut(string? detail) =>
        $"超过了时间限制{(detail is null ? "" : $"（{Cause(detail)}）")}；检查是否有永远不会结束的循环。";

    public override string OutOfMemory => "内存耗尽；检查是否有不断增长、没有上限的数组或列表。";

    public override string BadOutput(string? detail) => $"输出无效：{Cause(detail ?? "returned null")}。";

    public override string Threw(string? exception) => $"抛出了异常 {exception}。";

    public override string NotRun(string? cause) => $"没有运行：{(cause is null ? "之前的一次调用已经使运行中止" : Cause(cause))}。";

    public override string Refused(string cause) => $"没有运行你的代码：{Cause(cause)}";

    public override string Crashed(string? cause) => $"程序崩溃：{(cause is null ? "进程意外终止" : Cause(cause))}。";

    public override string WrongLength(int got, int expected, string input) =>
        I($"你的答案在 {input} 处有 {got} 个值，但应当有 {expected} 个：输入的每个分量都要对应返回一个值。");

    public override string NotFinite(string input) =>
        $"你的答案在 {input} 处是 NaN 或无穷大，而真实值是有限的：检查是否除以了零，或者对负数取了对数或平方根。";

    public override string SignFlipped => "每个值的符号都反了：检查每一项的符号，例如 d/dx cos x = −sin x，d/dx (1/x) = −1/x²。";

    public override string ConstantFactor(string factor) =>
        $"你的答案处处都是正确答案的 {factor} 倍：少了或多了一个常数因子，例如幂法则要把指数乘到前面（d/dx x² = 2x）。";

    public override string ConstantOffset(string offset) =>
        $"你的答案处处都差同一个常数 {offset}：有一个常数项在求导后被保留了下来，但常数的导数是 0。";

    public override string SwappedComponents(IReadOnlyList<int> moved) =>
        $"值都对，但放错了位置：分量 {Components(moved)} 互换了。第 i 个分量必须是对第 i 个输入求的导数。";

    public override string SomeComponentsWrong(IReadOnlyList<int> wrong)
    {
        ArgumentNullException.ThrowIfNull(wrong);
        return $"分量 {Components(wrong)} 错了，其余分量都对：重新检查对{(wrong.Count == 1 ? "该输入" : "这些输入")}的偏导数。";
    }

    public override string SomeComponentsScaled(IReadOnlyList<int> wrong, string factor)
    {
        ArgumentNullException.ThrowIfNull(wrong);
        return $"分量 {Components(wrong)} 处处都是正确值的 {factor} 倍，其余分量都对：{(wrong.Count == 1 ? "这个" : "这些")}偏导数少了或多了一个常数因子，例如幂法则要把指数乘到前面（∂/∂x₁ x₁² = 2x₁）。";
    }

    public override string RightOnlyAtSomePoints(IReadOnlyList<string> right, IReadOnlyList<string> wrong) =>
        $"在 {Inputs(right)} 处正确，但在 {Inputs(wrong)} 处错误：你的公式只在一些特殊点上与真实值一致，很可能有一项在这些点上恰好为零，而这一项写错了或漏掉了。";

    public override string WrongEverywhere => "在每个输入处都不对（包括上面这个）：请一步一步重新推导公式，对照求导法则逐项检查。";

    public override string ExpectedWithin(double expected, double tolerance) => I($"期望值 {expected:R}（允许误差 ±{tolerance:G3}）");

    public override string NumericWrongSign => "你的答案符号反了。";

    public override string Unreadable(string problem) => $"{problem}：{NumericHowTo}";

    public override string NumericHowTo => "请把答案写成单独一行的一个数，例如 `2.5` 或 `answer = 2.5`（注释行以 // 开头）";

    public override string NoAnswer => "没有找到答案";

    public override string SeveralLines(int lines) => I($"找到 {lines} 行不是注释的内容，但数值题的答案只能是一个数");

    public override string NotANumber(string text) => $"`{text}` 不是一个数";

    public override string NoChoice(IReadOnlyList<string> options) =>
        $"没有找到答案：请把所选选项的字母（{string.Join("、", options)}）单独写在一行";

    public override string NotOptions(IReadOnlyList<string> unknown, IReadOnlyList<string> options) =>
        $"{string.Join("、", unknown.Select(k => $"`{k}`"))} 不是选项；可选的是 {string.Join("、", options)}";

    public override string WrongChoice(IReadOnlyList<string> chosen, int rightCount) =>
        $"你选择了 {string.Join("、", chosen)}，这不是正确{(rightCount == 1 ? "答案" : "的答案组合")}"
        + (rightCount > 1 ? I($"（共有 {rightCount} 个选项是对的）") : "");

    public override string ManualEmpty => "答案是空的：请把答案写进文件（任何文字都可以；第一行可以是 `// exercise: <id>`）";

    public override string ManualRecorded(int words, int lines) =>
        I($"已记录，等待老师人工评分（{lines} 行，{words} 个词）；评分之前暂时没有分数");

    public override string AwaitsManualGrading => "等待人工评分";

    public override string Series(int index, string kind, string label) =>
        label.Length > 0 ? I($"第 {index + 1} 个序列（{kind}“{label}”）") : I($"第 {index + 1} 个序列（{kind}，没有图例文字）");

    public override string PlotPart(string part, string text) => $"{part}：{text}";

    public override string PlotNote(string note) => $"（{note}）";

    public override string PlotEmpty => "图是空的：请为 f 添加一个序列，例如 plot.Add.Scatter(xs, ys)，其中 ys[i] = f(xs[i])";

    public override string NoSeriesWhereFDefined(int series, string note) =>
        I($"没有序列落在 f 上：{series} 个序列中，没有一个在 f 有定义的地方有两个或更多的点{note}");

    public override string CurveOutOfRange(string series, string miss) => $"{series}落在 f 上，但{miss}";

    public override string ClosestSeries(string series) => $"没有序列落在 f 上；最接近的是{series}：";

    public override string AtX(string x) => $"在 x = {x} 处";

    public override string FOfX(string value) => $"f(x) = {value}";

    public override string ErrorsOverPoints(double absolute, double relative, int off, int points) =>
        I($"绝对误差 {absolute:G3}，相对误差 {relative:G3}（{points} 个点中有 {off} 个不在 f 上，取其中的最大值）");

    public override string CurveNegated => "这个序列处处都是 −f：符号反了。";

    public override string CurveScaled(string factor) => $"这个序列处处都是 f 的 {factor} 倍：常数因子不对。";

    public override string CurveMeetsFAt(int on, int points) => I($"它只在 {points} 个点中的 {on} 个上与 f 重合：请逐项画出题目给出的 f 本身。");

    public override string CurveOtherFunction => "它完全是另一个函数：请画出题目指定的 f。";

    public override string TangentIs(string a, string slope, string intercept, string point) =>
        $"x = {a} 处的切线是 y = f({a}) + f′({a})(x − {a})：斜率 {slope}，截距 {intercept}，经过点 {point}";

    public override string TangentNotFinite(string a) => $"评分器：f 或 f′ 在 x = {a} 处不是有限值；请告诉老师";

    public override string TangentOutOfRange(string series, string miss) => $"{series}是切线，但{miss}";

    public override string NoStraightLine(string expected, string note) =>
        $"没有一个序列是直线，所以都不可能是切线；{expected}。请把切线画成单独的一个序列{note}。";

    public override string NotTheTangent(string series, string slope, string signedIntercept) =>
        $"{series}是直线 y = {slope}x {signedIntercept}，不是切线：";

    public override string SlopeThrough(string slope, string intercept, string point) => $"斜率 {slope}，截距 {intercept}（经过 {point}）";

    public override string SlopeIntercept(string slope, string intercept) => $"斜率 {slope}，截距 {intercept}";

    public override string TangentThroughOrigin(string slope, string a, string fa) =>
        $"斜率是对的，但这条线经过原点（y = {slope}x）：切线必须在 ({a}, {fa}) 处与曲线相切；请用 y = f(a) + f′(a)(x − a)。";

    public override string TangentMissesPoint(string a, string fa) =>
        $"斜率是对的，但这条线没有经过它必须与曲线相切的点 ({a}, {fa})：请用 y = f(a) + f′(a)(x − a)。";

    public override string TangentAllWrong(string a, string fa, string slope) =>
        $"斜率和切点都不对：x = {a} 处的切线经过 ({a}, f({a})) = ({a}, {fa})，斜率为 f′({a}) = {slope}。";

    public override string TangentSlopeSign(string a, string slope, string got) =>
        $"这条线在 x = {a} 处与曲线相接，但斜率的符号反了：f′({a}) = {slope}，而不是 {got}。检查每一项导数的符号，例如 d/dx (−1/x) = +1/x²。";

    public override string TangentSlopeFactor(string a, string factor) =>
        $"这条线在 x = {a} 处与曲线相接，但斜率是 f′({a}) 的 {factor} 倍：少了或多了一个常数因子；幂法则要把指数乘到前面（d/dx x³ = 3x²）。";

    public override string TangentSlopeWrong(string a, string got, string slope) =>
        $"这条线在 x = {a} 处与曲线相接，但斜率 {got} 不等于 f′({a}) = {slope}：请对 f 逐项求导，再代入 x = {a}。";

    public override string RangeMisses(string low, string high, string x) =>
        $"它覆盖的 x 范围是 {low} 到 {high}，不包含 {x}：请在包含 x = {x} 的范围内画出它。";

    public override string PlotLacks(IReadOnlyList<string> missing) => "图中缺少" + string.Join("；", missing);

    public override string MissingXLabel => "x 轴标签（plot.XLabel(\"x\")，或 Figures.Plot 的 xLabel）";

    public override string MissingYLabel => "y 轴标签（plot.YLabel(\"y\")，或 Figures.Plot 的 yLabel）";

    public override string MissingTitle => "标题（plot.Title(\"…\")）";

    public override string MissingLegend => "图例（为每个序列设置 LegendText 并调用 plot.ShowLegend()，或给 Figures.Plot 传入 legend: [..]）";

    public override string PartialLegend => "每个序列的图例条目：现在图例只标出了其中一部分序列";

    private static string Components(IReadOnlyList<int> indices) => string.Join("、", indices.Select(i => I($"[{i}]")));

    private static string Inputs(IReadOnlyList<string> inputs) =>
        inputs.Count <= 2 ? string.Join(" 和 ", inputs) : I($"{inputs[0]} 以及另外 {inputs.Count - 1} 个输入");

    /// <summary>
    /// The grader's own diagnostics (CK codes) in Chinese, read back from their known English wording; Roslyn's (CS codes)
    /// and any wording this table does not know stay as they are, so a change elsewhere never loses the message.
    /// </summary>
    private static string Translate(string code, string message)
    {
        Match m;
        return code switch
        {
            "CK0100" or "CK0101" when (m = NotAvailable().Match(message)).Success => $"练习中不能使用 {Feature(m.Groups[1].Value)}",
            "CK0102" when (m = NotAllowed().Match(message)).Success => $"本练习不允许使用 {m.Groups[1].Value}",
            "CK0200" when (m = NoMethod().Match(message)).Success => $"没有找到方法 {m.Groups[1].Value}；本练习要求 `{m.Groups[2].Value}`",
            "CK0201" when (m = DeclaredAs().Match(message)).Success =>
                $"{m.Groups[1].Value} 声明为 `{m.Groups[2].Value}`，但本练习要求 `{m.Groups[3].Value}`",
            "CK0001" when (m = TooLarge().Match(message)).Success => $"文件大小为 {m.Groups[1].Value}，提交的文件不能超过 {m.Groups[2].Value}",
            "CK0002" when (m = CompileTooLong().Match(message)).Success =>
                $"编译超过了 {m.Groups[1].Value} 秒，已被中止；通常是 lambda 或泛型嵌套太深所致",
            "CK0003" when (m = LambdasTooDeep().Match(message)).Success => $"lambda 嵌套超过了 {m.Groups[1].Value} 层；请把它们拆成具名方法",
            "CK0004" when (m = BracketsTooDeep().Match(message)).Success => $"括号嵌套超过了 {m.Groups[1].Value} 层",
            "CK0005" when (m = CompilerGaveUp().Match(message)).Success => $"编译器无法处理这个文件（{m.Groups[1].Value}）；请简化它",
            _ => message,
        };
    }

    private static string Feature(string feature) => feature switch
    {
        "unsafe code" => "unsafe 代码",
        "unsafe code (pointers)" => "unsafe 代码（指针）",
        "async code" => "async 异步代码",
        _ => feature,
    };

    /// <summary>The runner's causes and the worker's bad-output details in Chinese, where their wording is known.</summary>
    private static string Cause(string cause)
    {
        Match m;
        return cause switch
        {
            "stack overflow (too deep recursion?)" => "栈溢出（递归太深？）",
            "out of memory" => "内存耗尽",
            "the process terminated itself (Environment.FailFast)" => "进程自行终止了（Environment.FailFast）",
            "an unhandled exception outside the graded call (a background thread or async void)" =>
                "被评分的调用之外出现了未处理的异常（后台线程或 async void）",
            "returned null" => "返回了 null",
            "returned null instead of a plot" => "返回了 null，而不是一幅图",
            "returned a value of the wrong type" => "返回值的类型不对",
            "an earlier call ended the run" => "之前的一次调用已经使运行中止",
            _ when cause.StartsWith(SandboxRequired, StringComparison.Ordinal) => $"要求使用沙箱，但这台机器上没有：{cause[SandboxRequired.Length..]}",
            _ when cause.StartsWith(WorkerNotStarted, StringComparison.Ordinal) => $"无法启动运行进程：{cause[WorkerNotStarted.Length..]}",
            _ when (m = ExitedEarly().Match(cause)).Success => $"运行进程提前退出，退出码为 {m.Groups[1].Value}",
            _ when (m = TookLonger().Match(cause)).Success => $"{Phase(m.Groups[1].Value)}超过了 {m.Groups[2].Value} 秒",
            _ when (m = TooManyNumbers().Match(cause)).Success =>
                $"返回的{(m.Groups[1].Value == "array" ? "数组" : "矩阵")}有 {m.Groups[2].Value} 个数，上限是 {m.Groups[3].Value}",
            _ => cause,
        };
    }

    private const string SandboxRequired = "the sandbox is required but not available: ";

    private const string WorkerNotStarted = "the worker could not be started: ";

    private static string Phase(string what)
    {
        var call = CallNumber().Match(what);
        return call.Success ? $"第 {call.Groups[1].Value} 次调用"
            : what == "starting the worker and running the top-level statements" ? "启动运行进程并执行顶层语句"
            : what + " ";
    }

    [GeneratedRegex(@"^(.+) is not available in exercises$")]
    private static partial Regex NotAvailable();

    [GeneratedRegex(@"^(.+) is not allowed in this exercise$")]
    private static partial Regex NotAllowed();

    [GeneratedRegex(@"^no method (.+) found; the exercise asks for `(.+)`$")]
    private static partial Regex NoMethod();

    [GeneratedRegex(@"^(.+) is declared as `(.+)`, but the exercise asks for `(.+)`$")]
    private static partial Regex DeclaredAs();

    [GeneratedRegex(@"^the file is (.+); submissions are limited to (.+)$")]
    private static partial Regex TooLarge();

    [GeneratedRegex(@"^compiling took longer than ([0-9.]+) s and was stopped")]
    private static partial Regex CompileTooLong();

    [GeneratedRegex(@"^lambdas are nested more than (\d+) deep")]
    private static partial Regex LambdasTooDeep();

    [GeneratedRegex(@"^brackets are nested more than (\d+) deep$")]
    private static partial Regex BracketsTooDeep();

    [GeneratedRegex(@"^the compiler could not handle this file \((.+)\); simplify it$")]
    private static partial Regex CompilerGaveUp();

    [GeneratedRegex(@"^the worker exited early with code (-?\d+)$")]
    private static partial Regex ExitedEarly();

    [GeneratedRegex(@"^(.+) took longer than ([0-9.]+) s$")]
    private static partial Regex TookLonger();

    [GeneratedRegex(@"^call (\d+)$")]
    private static partial Regex CallNumber();

    [GeneratedRegex(@"^returned an? (array|matrix) of (\d+) numbers; the limit is (\d+)$")]
    private static partial Regex TooManyNumbers();
}
