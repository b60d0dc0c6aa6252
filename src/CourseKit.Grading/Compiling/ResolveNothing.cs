using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace CourseKit.Grading.Compiling;

/// <summary>
/// Resolvers for <c>#r</c> and <c>#load</c> that find nothing, so even a directive the syntax check missed
/// cannot pull a file or package into a learner's script.
/// </summary>
internal sealed class ResolveNothing : SourceReferenceResolver
{
    public static readonly ResolveNothing Instance = new();

    public static readonly MetadataReferenceResolver Metadata = new NoMetadata();

    public override bool Equals(object? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => 0;

    public override string? NormalizePath(string path, string? baseFilePath) => null;

    public override string? ResolveReference(string path, string? baseFilePath) => null;

    public override Stream OpenRead(string resolvedPath) => throw new FileNotFoundException("scripts may not load files");

    private sealed class NoMetadata : MetadataReferenceResolver
    {
        public override bool Equals(object? other) => ReferenceEquals(this, other);

        public override int GetHashCode() => 0;

        public override ImmutableArray<PortableExecutableReference> ResolveReference(string reference, string? baseFilePath, MetadataReferenceProperties properties) => [];
    }
}
