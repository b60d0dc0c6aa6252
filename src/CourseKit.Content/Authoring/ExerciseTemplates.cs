using System.Text;
using CourseKit.Content.Model;

namespace CourseKit.Content.Authoring;

/// <summary>One valid starting exercise per kind: the YAML plus a correct and a wrong sample for graded kinds.</summary>
internal sealed class ExerciseTemplates
{
    private ExerciseTemplates(string kind, (string En, string Zh) title, (string En, string Zh) prompt, string body, params (string Name, string Text)[] samples)
    {
        Kind = kind;
        TitleText = title;
        PromptText = prompt;
        Body = body;
        Samples = samples;
    }

    public string Kind { get; }

    public (string En, string Zh) TitleText { get; }

    public (string En, string Zh) PromptText { get; }

    /// <summary>Everything after <c>points</c>, already indented for the top level.</summary>
    public string Body { get; }

    public IReadOnlyList<(string Name, string Text)> Samples { get; }

    public string Yaml(string id, IReadOnlyList<string> languages)
    {
        var text = new StringBuilder();
        text.Append("id: ").Append(id).Append('\n');
        AppendLocalized(text, "title", TitleText, languages, block: false);
        AppendLocalized(text, "prompt", PromptText, languages, block: true);
        text.Append("kind: ").Append(Kind).Append('\n');
        text.Append("points: 1\n");
        text.Append(Body.Replace(CheckName, CheckNameIn(languages), StringComparison.Ordinal));
        return text.ToString();
    }

    private static void AppendLocalized(StringBuilder text, string key, (string En, string Zh) value, IReadOnlyList<string> languages, bool block)
    {
        text.Append(key).Append(":\n");
        foreach (var language in languages)
        {
            var words = language == "zh" ? value.Zh : value.En;
            text.Append("  ").Append(language).Append(':');
            if (block)
            {
                text.Append(" |\n    ").Append(words).Append('\n');
            }
            else
            {
                text.Append(' ').Append(words).Append('\n');
            }
        }
    }

    // The check's name is text per language; Yaml writes it for the course's languages in place of this marker.
    private const string CheckName = "<check name>";

    private const string OneCheck = "checks:\n  - name: " + CheckName + "\n    points: 1\n    visibility: visible\n";

    private static string CheckNameIn(IReadOnlyList<string> languages) => languages.Count <= 1
        ? "random inputs"
        : "{" + string.Join(", ", languages.Select(l => $"{l}: {(l == "zh" ? "随机输入" : "random inputs")}")) + "}";

    public static ExerciseTemplates For(ExerciseKind kind) => kind switch
    {
        ExerciseKind.Derivative => new(
            "derivative",
            ("Derivative of a square", "平方函数的导数"),
            ("Write `Derivative(x)` that returns $f'(x)$ for $f(x) = x^2$.", "编写 `Derivative(x)`，返回 $f(x) = x^2$ 的导数 $f'(x)$。"),
            "entry: double Derivative(double x)\n"
            + "starter: |\n  double Derivative(double x)\n  {\n      return 0; // your code here\n  }\n"
            + "check:\n  reference: |\n    Tensor F(Tensor x) => x * x;\n  inputs:\n    x: {uniform: [-2, 2]}\n"
            + OneCheck,
            ("correct-power-rule.csx", "double Derivative(double x) => 2 * x;\n"),
            ("wrong-lost-factor.csx", "double Derivative(double x) => x;\n")),
        ExerciseKind.Gradient => new(
            "gradient",
            ("Gradient of a sum of squares", "平方和的梯度"),
            ("Write `Gradient(x)` that returns $\\nabla f(x)$ for $f(x) = \\sum_i x_i^2$.", "编写 `Gradient(x)`，返回 $f(x) = \\sum_i x_i^2$ 的梯度 $\\nabla f(x)$。"),
            "entry: double[] Gradient(double[] x)\n"
            + "starter: |\n  double[] Gradient(double[] x)\n  {\n      return new double[x.Length]; // your code here\n  }\n"
            + "check:\n  reference: |\n    Tensor F(Tensor x) => (x * x).Sum();\n  inputs:\n    x: {uniform: [-2, 2], shape: [3]}\n"
            + OneCheck,
            ("correct-doubled.csx", "double[] Gradient(double[] x) => x.Select(v => 2 * v).ToArray();\n"),
            ("wrong-identity.csx", "double[] Gradient(double[] x) => x;\n")),
        ExerciseKind.Jacobian => new(
            "jacobian",
            ("Jacobian of a scaling", "缩放的雅可比矩阵"),
            ("Write `Jacobian(x)` that returns the Jacobian of $f(x) = 2x$.", "编写 `Jacobian(x)`，返回 $f(x) = 2x$ 的雅可比矩阵。"),
            "entry: double[,] Jacobian(double[] x)\n"
            + "starter: |\n  double[,] Jacobian(double[] x)\n  {\n      return new double[x.Length, x.Length]; // your code here\n  }\n"
            + "check:\n  reference: |\n    Tensor F(Tensor x) => 2 * x;\n  inputs:\n    x: {uniform: [-2, 2], shape: [3]}\n"
            + OneCheck,
            ("correct-two-identity.csx", "double[,] Jacobian(double[] x)\n{\n    var j = new double[x.Length, x.Length];\n    for (var i = 0; i < x.Length; i++) j[i, i] = 2;\n    return j;\n}\n"),
            ("wrong-identity.csx", "double[,] Jacobian(double[] x)\n{\n    var j = new double[x.Length, x.Length];\n    for (var i = 0; i < x.Length; i++) j[i, i] = 1;\n    return j;\n}\n")),
        ExerciseKind.Function => new(
            "function",
            ("Double every element", "每个元素乘以二"),
            ("Write `Twice(x)` that returns a new array with every element of `x` doubled.", "编写 `Twice(x)`，返回一个新数组，其中 `x` 的每个元素都乘以二。"),
            "entry: double[] Twice(double[] x)\n"
            + "starter: |\n  double[] Twice(double[] x)\n  {\n      return new double[x.Length]; // your code here\n  }\n"
            + "check:\n  reference: |\n    double[] Twice(double[] x) => x.Select(v => 2 * v).ToArray();\n  inputs:\n    x: {uniform: [-5, 5], shape: [[1, 6]]}\n"
            + OneCheck,
            ("correct-select.csx", "double[] Twice(double[] x) => x.Select(v => 2 * v).ToArray();\n"),
            ("wrong-unchanged.csx", "double[] Twice(double[] x) => x;\n")),
        ExerciseKind.Plot => new(
            "plot",
            ("A parabola and its tangent", "抛物线及其切线"),
            ("Return a plot of $f(x) = x^2$ and its tangent at $x = 1$, with axis labels and a legend.", "返回 $f(x) = x^2$ 及其在 $x = 1$ 处切线的图，并加上坐标轴标签和图例。"),
            "entry: ScottPlot.Plot Plot()\n"
            + "starter: |\n  ScottPlot.Plot Plot()\n  {\n      var plot = new ScottPlot.Plot();\n      // your code here\n      return plot;\n  }\n"
            + "check:\n  reference: |\n    double F(double x) => x * x;\n  plot:\n    tangent_at: 1\n    x_contains: 1\n    require: [xlabel, ylabel, legend]\n"
            + OneCheck,
            ("correct-curve-and-tangent.csx",
                "ScottPlot.Plot Plot()\n{\n    var plot = new ScottPlot.Plot();\n    var xs = Enumerable.Range(0, 41).Select(i => -1 + i * 0.1).ToArray();\n"
                + "    plot.Add.Scatter(xs, xs.Select(x => x * x).ToArray()).LegendText = \"f(x)\";\n"
                + "    plot.Add.Scatter(xs, xs.Select(x => 2 * x - 1).ToArray()).LegendText = \"tangent at x = 1\";\n"
                + "    plot.XLabel(\"x\");\n    plot.YLabel(\"f(x)\");\n    plot.ShowLegend();\n    return plot;\n}\n"),
            ("wrong-empty.csx", "ScottPlot.Plot Plot() => new ScottPlot.Plot();\n")),
        ExerciseKind.Choice => new(
            "choice",
            ("Pick the derivative", "选出导数"),
            ("Which function is the derivative of $x^2$?", "哪个函数是 $x^2$ 的导数？"),
            "check:\n  options:\n    - key: a\n      text: {en: $2x$, zh: $2x$}\n    - key: b\n      text: {en: $x$, zh: $x$}\n  answer: a\n"),
        ExerciseKind.Numeric => new(
            "numeric",
            ("A slope", "一个斜率"),
            ("What is the slope of $f(x) = x^2$ at $x = 1$?", "$f(x) = x^2$ 在 $x = 1$ 处的斜率是多少？"),
            "check:\n  answer: 2\n  tolerance: 1e-6\n"),
        _ => new(
            "manual",
            ("Explain in your own words", "用自己的话解释"),
            ("In two or three sentences, explain what a derivative measures.", "用两三句话解释导数衡量的是什么。"),
            string.Empty),
    };
}
