namespace CourseKit.Site.Theming;

/// <summary>What a page template sees (as snake_case names: <c>page.course_title</c>, <c>page.toc</c>, …).</summary>
/// <param name="Language">The page's language code, for <c>&lt;html lang&gt;</c> and search.</param>
/// <param name="Title">The page title.</param>
/// <param name="CourseTitle">The course title in the page's language.</param>
/// <param name="Description">The course description in the page's language.</param>
/// <param name="Assets">The URL of the shared assets folder from this page.</param>
/// <param name="HomeUrl">The URL of the home page in this language.</param>
/// <param name="Content">The page body, already HTML.</param>
/// <param name="Toc">The table of contents.</param>
/// <param name="Previous">The previous chapter, or null.</param>
/// <param name="Next">The next chapter, or null.</param>
/// <param name="Languages">This page in every language of the course.</param>
/// <param name="Words">The site's own words in this language (<c>page.words.search</c>).</param>
/// <param name="Search">Whether the search index exists.</param>
/// <param name="LiveReload">Whether to connect to <c>serve</c>'s reload events.</param>
public sealed record PageModel(
    string Language,
    string Title,
    string CourseTitle,
    string Description,
    string Assets,
    string HomeUrl,
    string Content,
    IReadOnlyList<TocChapter> Toc,
    PageLink? Previous,
    PageLink? Next,
    IReadOnlyList<LanguageLink> Languages,
    IReadOnlyDictionary<string, string> Words,
    bool Search,
    bool LiveReload);

/// <summary>A link to another page.</summary>
/// <param name="Title">Its text.</param>
/// <param name="Url">Its URL from the current page.</param>
public sealed record PageLink(string Title, string Url);

/// <summary>A chapter in the table of contents.</summary>
/// <param name="Number">Its number.</param>
/// <param name="Title">Its title.</param>
/// <param name="Url">Its page's URL.</param>
/// <param name="Current">True on the chapter's own page.</param>
/// <param name="Sections">Its numbered sections (shown under the current chapter).</param>
public sealed record TocChapter(string Number, string Title, string Url, bool Current, IReadOnlyList<TocSection> Sections);

/// <summary>A section in the table of contents.</summary>
/// <param name="Number">Its number (<c>1.2</c>).</param>
/// <param name="Title">Its title.</param>
/// <param name="Url">Its URL (page and anchor).</param>
/// <param name="Level">2 for sections, 3 for subsections.</param>
public sealed record TocSection(string Number, string Title, string Url, int Level);

/// <summary>The current page in one of the course's languages.</summary>
/// <param name="Code">The language code.</param>
/// <param name="Name">The language's own name (<c>中文</c>).</param>
/// <param name="Url">The page in that language.</param>
/// <param name="Current">True for the page's own language.</param>
public sealed record LanguageLink(string Code, string Name, string Url, bool Current);
