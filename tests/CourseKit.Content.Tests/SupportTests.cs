using CourseKit.Content.Authoring;
using CourseKit.Content.Diagnostics;
using CourseKit.Content.FileSystem;

namespace CourseKit.Content.Tests;

public class SupportTests
{
    [Theory]
    [InlineData("tolerence", new[] { "tolerance", "answer" }, "tolerance")]
    [InlineData("gradiant", new[] { "derivative", "gradient", "jacobian" }, "gradient")]
    [InlineData("smaples", new[] { "samples", "rtol" }, "samples")]
    [InlineData("banana", new[] { "rtol", "atol" }, null)]
    public void Suggestions_find_close_words_only(string word, string[] candidates, string? expected) =>
        Assert.Equal(expected, Suggestions.Closest(word, candidates));

    [Fact]
    public void Distance_counts_a_transposition_as_one_edit()
    {
        Assert.Equal(1, Suggestions.Distance("hte", "the"));
        Assert.Equal(3, Suggestions.Distance("kitten", "sitting"));
    }

    [Theory]
    [InlineData("title: x\nchapters:\n  - 01-a\n  - 02-b   # the second\ngrading:\n  rtol: 1e-6\n",
        "title: x\nchapters:\n  - 01-a\n  - 02-b\n  - 03-c   # the second\ngrading:\n  rtol: 1e-6\n")]
    [InlineData("title: x\nchapters: [01-a, 02-b]\n", "title: x\nchapters: [01-a, 02-b, 03-c]\n")]
    [InlineData("title: x\nchapters: []\n", "title: x\nchapters: [03-c]\n")]
    [InlineData("title: x", "title: x\nchapters:\n  - 03-c\n")]
    public void Appending_a_chapter_keeps_the_file_layout(string before, string after) =>
        Assert.Equal(after, CourseScaffolder.AppendChapter(before, "03-c"));

    [Fact]
    public void In_memory_file_system_lists_direct_children_only()
    {
        var files = new InMemoryCourseFileSystem()
            .Add("content/course.yml", "x")
            .Add("content/01-a/index.md", "x")
            .Add("content/01-a-b/index.md", "x")
            .Add("content/01-a/exercises/e.yml", "x");
        Assert.Equal(["content/course.yml"], files.GetFiles("content"));
        Assert.Equal(["content/01-a", "content/01-a-b"], files.GetDirectories("content"));
        Assert.Equal(["content/01-a/index.md"], files.GetFiles("content/01-a"));
        Assert.True(files.DirectoryExists("content/01-a/exercises"));
        Assert.False(files.DirectoryExists("content/01"));
        Assert.Throws<FileNotFoundException>(() => files.ReadAllBytes("content/none.md"));
    }
}
