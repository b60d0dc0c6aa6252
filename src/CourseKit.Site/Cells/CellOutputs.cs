namespace CourseKit.Site.Cells;

/// <summary>Cell outputs of a build, by document path and cell index; filled before rendering.</summary>
public sealed class CellOutputs
{
    private readonly Dictionary<(string Document, int Index), CellOutput> outputs = [];

    /// <summary>How many cells actually ran in this build (the rest came from the cache).</summary>
    public int Executed { get; set; }

    /// <summary>How many cells came from the cache.</summary>
    public int Cached { get; set; }

    /// <summary>Stores the output of cell <paramref name="index"/> of <paramref name="document"/>.</summary>
    public void Set(string document, int index, CellOutput output) => outputs[(document, index)] = output;

    /// <summary>The output of a cell, or null when it did not run (the build stopped before it).</summary>
    public CellOutput? Get(string document, int index) => outputs.GetValueOrDefault((document, index));
}
