namespace CourseKit.Site.Rendering;

/// <summary>The few words the site itself writes, per language (the course supplies all the rest).</summary>
public static class Words
{
    private static readonly Dictionary<string, Dictionary<string, string>> Table = new(StringComparer.Ordinal)
    {
        ["en"] = new(StringComparer.Ordinal)
        {
            ["section"] = "Section {0}",
            ["figure"] = "Fig. {0}",
            ["figure-caption"] = "Figure {0}",
            ["exercises"] = "Exercises",
            ["exercise"] = "Exercise",
            ["points"] = "{0} points",
            ["point"] = "1 point",
            ["starter"] = "Starter code",
            ["save-as"] = "Save as",
            ["grade-with"] = "Check your answer with",
            ["copy"] = "Copy",
            ["hint"] = "Hint",
            ["previous"] = "Previous",
            ["next"] = "Next",
            ["contents"] = "Contents",
            ["search"] = "Search",
            ["dark-mode"] = "Dark mode",
            ["language-name"] = "English",
            ["note"] = "Note",
            ["tip"] = "Tip",
            ["warning"] = "Warning",
            ["important"] = "Important",
            ["caution"] = "Caution",
            ["output"] = "Output",
            ["chapters"] = "Chapters",
        },
        ["zh"] = new(StringComparer.Ordinal)
        {
            ["section"] = "第{0}节",
            ["figure"] = "图{0}",
            ["figure-caption"] = "图{0}",
            ["exercises"] = "练习",
            ["exercise"] = "练习",
            ["points"] = "{0} 分",
            ["point"] = "1 分",
            ["starter"] = "初始代码",
            ["save-as"] = "保存为",
            ["grade-with"] = "用以下命令检查答案",
            ["copy"] = "复制",
            ["hint"] = "提示",
            ["previous"] = "上一章",
            ["next"] = "下一章",
            ["contents"] = "目录",
            ["search"] = "搜索",
            ["dark-mode"] = "深色模式",
            ["language-name"] = "中文",
            ["note"] = "注意",
            ["tip"] = "提示",
            ["warning"] = "警告",
            ["important"] = "重要",
            ["caution"] = "小心",
            ["output"] = "输出",
            ["chapters"] = "章节",
        },
    };

    /// <summary>The word for <paramref name="key"/> in <paramref name="language"/> (English when missing), with <paramref name="argument"/> filled in.</summary>
    public static string Get(string language, string key, string? argument = null)
    {
        string text = Table.TryGetValue(language, out var words) && words.TryGetValue(key, out string? found) ? found
            : Table["en"].TryGetValue(key, out string? english) ? english
            : key;
        return argument is null ? text : text.Replace("{0}", argument, StringComparison.Ordinal);
    }
}
