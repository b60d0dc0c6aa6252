using CourseKit.Content.Diagnostics;
using CourseKit.Content.FileSystem;
using CourseKit.Content.Model;
using CourseKit.Content.Yaml;

namespace CourseKit.Content.Loading;

/// <summary>Reads one chapter folder: its documents per language and its exercises.</summary>
internal static class ChapterReader
{
    public static Chapter Read(
        ICourseFileSystem files,
        string chapterPath,
        string folder,
        string slug,
        int number,
        CourseHeader header,
        LabelRegistry labels,
        DiagnosticBag diagnostics,
        Dictionary<string, (string File, int Line, int Column)> exerciseIds)
    {
        var documents = new List<ChapterDocument>();
        var chapterFiles = CourseLoader.SafeFiles(files, chapterPath);
        var original = CoursePath.Combine(chapterPath, "index.md");
        var hasOriginal = chapterFiles.Contains(original);
        var byLanguage = new Dictionary<string, string>(StringComparer.Ordinal);
        var translations = 0;
        foreach (var file in chapterFiles)
        {
            var name = CoursePath.FileName(file);
            if (!name.StartsWith("index.", StringComparison.Ordinal) || !name.EndsWith(".md", StringComparison.Ordinal) || name == "index.md")
            {
                continue;
            }

            var language = name["index.".Length..^".md".Length];
            translations++;
            if (!header.Languages.Contains(language))
            {
                diagnostics.Warning(
                    DiagnosticCodes.UnknownLanguage, file, 0, 0, $"translation `{name}` is in `{language}`, which course.yml does not declare",
                    $"add `{language}` to `languages`, or rename the file");
                continue;
            }

            if (!hasOriginal)
            {
                diagnostics.Error(
                    DiagnosticCodes.TranslationWithoutOriginal, file, 0, 0, $"translation `{name}` has no English original",
                    $"write `{chapterPath}/index.md` first");
                continue;
            }

            byLanguage[language] = file;
        }

        if (hasOriginal)
        {
            byLanguage["en"] = original;
        }
        else if (translations == 0)
        {
            diagnostics.Error(
                DiagnosticCodes.ChapterIndexMissing, chapterPath, 0, 0, $"chapter `{folder}` has no index.md",
                $"create `{original}` starting with `# Title`");
        }

        foreach (var language in header.Languages)
        {
            if (!byLanguage.TryGetValue(language, out var path))
            {
                if (hasOriginal)
                {
                    diagnostics.Warning(
                        DiagnosticCodes.TranslationMissing, original, 0, 0, $"chapter `{folder}` has no `{language}` translation",
                        $"add `{chapterPath}/index.{language}.md`");
                }

                continue;
            }

            if (CourseLoader.ReadText(files, path, diagnostics) is { } text)
            {
                documents.Add(DocumentReader.Read(path, language, text, number, slug, labels, diagnostics));
            }
        }

        var exercises = new List<Exercise>();
        var exercisesPath = CoursePath.Combine(chapterPath, "exercises");
        var context = new ExerciseContext(header.Languages, header.Grading, slug, folder, files);
        foreach (var file in CourseLoader.SafeFiles(files, exercisesPath))
        {
            var name = CoursePath.FileName(file);
            if (!name.EndsWith(".yml", StringComparison.Ordinal))
            {
                diagnostics.Warning(
                    DiagnosticCodes.StrayExerciseFile, file, 0, 0, $"`{name}` is not an exercise (only `.yml` files are read)",
                    name.EndsWith(".yaml", StringComparison.Ordinal) ? $"rename it to `{name[..^5]}.yml`" : "move it out of exercises/");
                continue;
            }

            if (CourseLoader.ReadText(files, file, diagnostics) is not { } text)
            {
                continue;
            }

            var exercise = ExerciseReader.Read(new YamlFile(file, diagnostics), text, context, out var position);
            if (exercise is null)
            {
                continue;
            }

            if (exerciseIds.TryGetValue(exercise.Id, out var first))
            {
                diagnostics.Error(
                    DiagnosticCodes.DuplicateExerciseId, file, position.Line, position.Column, $"duplicate exercise id `{exercise.Id}`",
                    $"it is also used by {first.File}({first.Line},{first.Column}); ids must be unique across the course");
                diagnostics.Error(
                    DiagnosticCodes.DuplicateExerciseId, first.File, first.Line, first.Column, $"duplicate exercise id `{exercise.Id}`",
                    $"it is also used by {file}({position.Line},{position.Column}); ids must be unique across the course");
                continue;
            }

            exerciseIds[exercise.Id] = (file, position.Line, position.Column);
            if (ExerciseKeys.HasEntry(exercise.Kind) && exercise.Grader.Samples.Count == 0)
            {
                diagnostics.Info(
                    DiagnosticCodes.NoSamples, file, position.Line, position.Column, $"exercise `{exercise.Id}` has no sample submissions",
                    $"add `{exercise.Grader.Path}/correct-1.csx` and `wrong-1.csx` so `check` can test the grader");
            }

            exercises.Add(exercise);
        }

        return new Chapter(slug, number, folder, chapterPath, documents.ToArray(), exercises.ToArray());
    }
}
