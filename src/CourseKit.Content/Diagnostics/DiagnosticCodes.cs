namespace CourseKit.Content.Diagnostics;

/// <summary>
/// Every diagnostic code the loader can report, with its default severity and a one-line title.
/// The same table is documented in docs/AUTHORING.md; a test keeps the two in step.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary><c>content/course.yml</c> was not found.</summary>
    public const string CourseFileMissing = "CK001";

    /// <summary>A file could not be read (I/O error).</summary>
    public const string FileUnreadable = "CK002";

    /// <summary>A file is not valid UTF-8.</summary>
    public const string InvalidUtf8 = "CK003";

    /// <summary>A YAML file does not parse.</summary>
    public const string YamlSyntax = "CK004";

    /// <summary>A key that the format does not know (often a typo; a close match is suggested).</summary>
    public const string UnknownKey = "CK005";

    /// <summary>A required field is missing.</summary>
    public const string MissingField = "CK006";

    /// <summary>A value has the wrong shape (a list where a number is expected, ...).</summary>
    public const string WrongType = "CK007";

    /// <summary>The <c>languages</c> list is malformed (English must come first, codes must be unique).</summary>
    public const string BadLanguages = "CK010";

    /// <summary>A chapter listed in course.yml has no folder.</summary>
    public const string ChapterFolderMissing = "CK011";

    /// <summary>A chapter folder exists but course.yml does not list it.</summary>
    public const string ChapterNotListed = "CK012";

    /// <summary>A chapter folder name is not <c>NN-slug</c>.</summary>
    public const string BadChapterFolder = "CK013";

    /// <summary>A chapter folder's number disagrees with its position in course.yml.</summary>
    public const string ChapterNumberMismatch = "CK014";

    /// <summary>The same chapter is listed twice in course.yml.</summary>
    public const string DuplicateChapter = "CK015";

    /// <summary>A chapter has no <c>index.md</c>.</summary>
    public const string ChapterIndexMissing = "CK020";

    /// <summary>A translation exists without its English original.</summary>
    public const string TranslationWithoutOriginal = "CK021";

    /// <summary>A chapter lacks the translation for one of the course's languages.</summary>
    public const string TranslationMissing = "CK022";

    /// <summary>A translation is written in a language the course does not declare.</summary>
    public const string UnknownLanguage = "CK023";

    /// <summary>A chapter document has no level-1 heading to use as its title.</summary>
    public const string ChapterTitleMissing = "CK024";

    /// <summary>A cross-reference names a label that no document defines.</summary>
    public const string UnknownLabel = "CK025";

    /// <summary>The same label is defined twice in one language.</summary>
    public const string DuplicateLabel = "CK026";

    /// <summary>A <c>:label:</c> or <c>:eqlabel:</c> is not placed after what it labels.</summary>
    public const string DetachedLabel = "CK027";

    /// <summary>A role such as <c>:numreff:</c> that is not one of the cross-reference roles.</summary>
    public const string UnknownRole = "CK028";

    /// <summary>A cross-reference role that does not fit the label's kind (e.g. <c>:eqref:</c> to a figure).</summary>
    public const string ReferenceKindMismatch = "CK029";

    /// <summary>A translation refers to a label that only the English original defines.</summary>
    public const string LabelOnlyInEnglish = "CK030";

    /// <summary>An admonition (<c>:::kind</c>) of a kind the site does not know.</summary>
    public const string UnknownAdmonition = "CK031";

    /// <summary>A fenced block asks to <c>run</c> in a language other than C#.</summary>
    public const string RunNotCSharp = "CK032";

    /// <summary>A label name is empty or has characters other than letters, digits, <c>_</c>, <c>-</c>, <c>:</c>.</summary>
    public const string BadLabelName = "CK033";

    /// <summary>Markdown nested too deeply for the parser (hundreds of levels of quotes, lists or brackets).</summary>
    public const string MarkdownTooDeep = "CK034";

    /// <summary>An exercise id is not kebab-case.</summary>
    public const string BadExerciseId = "CK040";

    /// <summary>Two exercises share an id (reported at both places).</summary>
    public const string DuplicateExerciseId = "CK041";

    /// <summary>An exercise id differs from its file name.</summary>
    public const string ExerciseIdFileMismatch = "CK042";

    /// <summary>An exercise kind that does not exist.</summary>
    public const string UnknownKind = "CK043";

    /// <summary>The <c>entry</c> is not a well-formed C# method signature.</summary>
    public const string BadEntry = "CK044";

    /// <summary>The <c>entry</c> uses a type exercises do not support.</summary>
    public const string UnsupportedEntryType = "CK045";

    /// <summary>The <c>entry</c> does not fit the exercise kind (a gradient must map double[] to double[]).</summary>
    public const string EntryKindMismatch = "CK046";

    /// <summary>Points are not a non-negative number.</summary>
    public const string BadPoints = "CK047";

    /// <summary>A tolerance (<c>rtol</c>, <c>atol</c>, <c>tolerance</c>) is negative, not a number or too large.</summary>
    public const string BadTolerance = "CK048";

    /// <summary><c>samples</c> is not a whole number between 1 and 10000.</summary>
    public const string BadSamples = "CK049";

    /// <summary><c>time_limit</c> is not a positive duration such as <c>2s</c> or <c>500ms</c>.</summary>
    public const string BadTimeLimit = "CK050";

    /// <summary>A check visibility other than <c>visible</c>, <c>hidden</c>, <c>after_due</c>.</summary>
    public const string UnknownVisibility = "CK051";

    /// <summary>The checks' points do not add up to the exercise's points.</summary>
    public const string PointsMismatch = "CK052";

    /// <summary>A forbidden identifier is not a C# identifier.</summary>
    public const string BadForbiddenIdentifier = "CK053";

    /// <summary>An input domain is malformed (unknown parameter, empty range, bad shape).</summary>
    public const string BadInputDomain = "CK054";

    /// <summary>A choice exercise's options or answer are inconsistent.</summary>
    public const string BadChoice = "CK055";

    /// <summary>A per-language text has no English version.</summary>
    public const string EnglishTextMissing = "CK056";

    /// <summary>A per-language text lacks one of the course's translations.</summary>
    public const string TextTranslationMissing = "CK057";

    /// <summary>A per-language text uses a language the course does not declare.</summary>
    public const string TextUnknownLanguage = "CK058";

    /// <summary>A <c>reference: {file: …}</c> names a file that does not exist under graders/.</summary>
    public const string ReferenceFileMissing = "CK059";

    /// <summary>The starter code never mentions the entry's name.</summary>
    public const string StarterWithoutEntry = "CK060";

    /// <summary>Two checks of one exercise share a name.</summary>
    public const string DuplicateCheckName = "CK061";

    /// <summary>A fixed case gives a different number of arguments than the entry takes.</summary>
    public const string CaseArity = "CK062";

    /// <summary>A key that exists but does not apply to this exercise's kind.</summary>
    public const string KeyNotForKind = "CK063";

    /// <summary>A file in an <c>exercises/</c> folder that is not a <c>.yml</c> exercise.</summary>
    public const string StrayExerciseFile = "CK064";

    /// <summary>A sample submission in graders/ whose name does not start with a known verdict.</summary>
    public const string UnknownSampleVerdict = "CK070";

    /// <summary>A graders/ folder for a chapter or exercise that does not exist.</summary>
    public const string OrphanGraderFolder = "CK071";

    /// <summary>An exercise with an auto-graded kind has no sample submissions in graders/.</summary>
    public const string NoSamples = "CK072";

    /// <summary>A course verifier (e.g. the Roslyn checks of the grading part) failed unexpectedly.</summary>
    public const string VerifierFailed = "CK090";

    /// <summary>Every code with its default severity and title, in code order; docs/AUTHORING.md mirrors it.</summary>
    public static IReadOnlyList<(string Code, DiagnosticSeverity Severity, string Title)> All { get; } =
    [
        (CourseFileMissing, DiagnosticSeverity.Error, "content/course.yml not found"),
        (FileUnreadable, DiagnosticSeverity.Error, "file cannot be read"),
        (InvalidUtf8, DiagnosticSeverity.Error, "file is not valid UTF-8"),
        (YamlSyntax, DiagnosticSeverity.Error, "YAML syntax error"),
        (UnknownKey, DiagnosticSeverity.Error, "unknown key"),
        (MissingField, DiagnosticSeverity.Error, "required field missing"),
        (WrongType, DiagnosticSeverity.Error, "value has the wrong type"),
        (BadLanguages, DiagnosticSeverity.Error, "malformed languages list"),
        (ChapterFolderMissing, DiagnosticSeverity.Error, "listed chapter has no folder"),
        (ChapterNotListed, DiagnosticSeverity.Warning, "chapter folder not listed in course.yml"),
        (BadChapterFolder, DiagnosticSeverity.Error, "chapter folder is not NN-slug"),
        (ChapterNumberMismatch, DiagnosticSeverity.Warning, "chapter folder number differs from its position"),
        (DuplicateChapter, DiagnosticSeverity.Error, "chapter listed twice"),
        (ChapterIndexMissing, DiagnosticSeverity.Error, "chapter has no index.md"),
        (TranslationWithoutOriginal, DiagnosticSeverity.Error, "translation has no English original"),
        (TranslationMissing, DiagnosticSeverity.Warning, "chapter translation missing"),
        (UnknownLanguage, DiagnosticSeverity.Warning, "translation in an undeclared language"),
        (ChapterTitleMissing, DiagnosticSeverity.Error, "chapter document has no # title"),
        (UnknownLabel, DiagnosticSeverity.Error, "reference to unknown label"),
        (DuplicateLabel, DiagnosticSeverity.Error, "label defined twice"),
        (DetachedLabel, DiagnosticSeverity.Error, "label not attached to a heading, figure or equation"),
        (UnknownRole, DiagnosticSeverity.Error, "unknown cross-reference role"),
        (ReferenceKindMismatch, DiagnosticSeverity.Error, "reference role does not fit the label"),
        (LabelOnlyInEnglish, DiagnosticSeverity.Warning, "label defined only in the English original"),
        (UnknownAdmonition, DiagnosticSeverity.Warning, "unknown admonition kind"),
        (RunNotCSharp, DiagnosticSeverity.Warning, "only csharp cells can run"),
        (BadLabelName, DiagnosticSeverity.Error, "malformed label name"),
        (MarkdownTooDeep, DiagnosticSeverity.Error, "Markdown nested too deeply"),
        (BadExerciseId, DiagnosticSeverity.Error, "exercise id is not kebab-case"),
        (DuplicateExerciseId, DiagnosticSeverity.Error, "duplicate exercise id"),
        (ExerciseIdFileMismatch, DiagnosticSeverity.Error, "exercise id differs from file name"),
        (UnknownKind, DiagnosticSeverity.Error, "unknown exercise kind"),
        (BadEntry, DiagnosticSeverity.Error, "entry is not a C# signature"),
        (UnsupportedEntryType, DiagnosticSeverity.Error, "entry uses an unsupported type"),
        (EntryKindMismatch, DiagnosticSeverity.Error, "entry does not fit the kind"),
        (BadPoints, DiagnosticSeverity.Error, "points not a non-negative number"),
        (BadTolerance, DiagnosticSeverity.Error, "bad rtol/atol/tolerance"),
        (BadSamples, DiagnosticSeverity.Error, "bad samples count"),
        (BadTimeLimit, DiagnosticSeverity.Error, "bad time_limit"),
        (UnknownVisibility, DiagnosticSeverity.Error, "unknown check visibility"),
        (PointsMismatch, DiagnosticSeverity.Error, "check points do not add up"),
        (BadForbiddenIdentifier, DiagnosticSeverity.Error, "forbidden entry is not an identifier"),
        (BadInputDomain, DiagnosticSeverity.Error, "malformed input domain"),
        (BadChoice, DiagnosticSeverity.Error, "choice options/answer inconsistent"),
        (EnglishTextMissing, DiagnosticSeverity.Error, "text has no English version"),
        (TextTranslationMissing, DiagnosticSeverity.Warning, "text lacks a translation"),
        (TextUnknownLanguage, DiagnosticSeverity.Warning, "text in an undeclared language"),
        (ReferenceFileMissing, DiagnosticSeverity.Error, "reference file missing in graders/"),
        (StarterWithoutEntry, DiagnosticSeverity.Warning, "starter does not define the entry"),
        (DuplicateCheckName, DiagnosticSeverity.Error, "duplicate check name"),
        (CaseArity, DiagnosticSeverity.Error, "case has the wrong number of arguments"),
        (KeyNotForKind, DiagnosticSeverity.Error, "key does not apply to this kind"),
        (StrayExerciseFile, DiagnosticSeverity.Warning, "non-.yml file in exercises/"),
        (UnknownSampleVerdict, DiagnosticSeverity.Error, "sample name has no known verdict prefix"),
        (OrphanGraderFolder, DiagnosticSeverity.Warning, "graders/ folder without chapter or exercise"),
        (NoSamples, DiagnosticSeverity.Info, "no sample submissions"),
        (VerifierFailed, DiagnosticSeverity.Error, "a course verifier failed"),
    ];
}
