namespace CourseKit.Autograd;

/// <summary>
/// Large backward-pass scratch arrays (the gradients of intermediate tensors, broadcast temporaries), kept per thread
/// and reused from one pass to the next. A fresh array of this size lives on the large-object heap, and touching its
/// new pages for the first time costs several times the arithmetic done on it; a reused array costs nothing.
/// </summary>
/// <remarks>
/// Ownership is strict: an array is returned once, by the code that rented it or by the engine after the tensor whose
/// gradient it held has passed it on, and only if nothing else can still see it. Arrays handed to the user (a leaf's
/// <see cref="Tensor.Grad"/>, the results of <c>Grad</c>) are never returned. Small arrays are not pooled: gen-0
/// allocation is cheaper than any lookup.
/// </remarks>
internal static class ScratchPool
{
    /// <summary>Shortest pooled length: 128 KiB, above the runtime's 85,000-byte large-object threshold.</summary>
    internal const int MinLength = 16 * 1024;

    private const int Slots = 8;

    // Bounds what an idle thread keeps alive after its largest backward pass.
    private const long MaxBytes = 64L << 20;

    [ThreadStatic]
    private static double[]?[]? t_slots;

    [ThreadStatic]
    private static long t_bytes;

    /// <summary>An array of exactly <paramref name="length"/> elements, contents unspecified.</summary>
    internal static double[] Rent(int length)
    {
        if (length >= MinLength && t_slots is { } slots)
        {
            for (var i = 0; i < slots.Length; i++)
            {
                if (slots[i] is { } array && array.Length == length)
                {
                    slots[i] = null;
                    t_bytes -= (long)length * sizeof(double);
                    return array;
                }
            }
        }

        return GC.AllocateUninitializedArray<double>(length);
    }

    /// <summary>Gives <paramref name="array"/> back; the caller must hold no other reference to it that anyone reads.</summary>
    internal static void Return(double[] array)
    {
        var bytes = (long)array.Length * sizeof(double);
        if (array.Length < MinLength || bytes > MaxBytes)
        {
            return;
        }

        var slots = t_slots ??= new double[Slots][];
        var free = -1;
        for (var i = 0; i < slots.Length; i++)
        {
            if (slots[i] is null)
            {
                free = i;
            }
            else if (ReferenceEquals(slots[i], array))
            {
                throw new InvalidOperationException("A scratch array was returned twice; two owners would share it.");
            }
        }

        // Evict the other sizes first: a pass that changed shape should not keep the old ones alive.
        for (var i = 0; (free < 0 || t_bytes + bytes > MaxBytes) && i < slots.Length; i++)
        {
            if (slots[i] is { } old && old.Length != array.Length)
            {
                t_bytes -= (long)old.Length * sizeof(double);
                slots[i] = null;
                free = i;
            }
        }

        if (free < 0 || t_bytes + bytes > MaxBytes)
        {
            return;
        }

        slots[free] = array;
        t_bytes += bytes;
    }

    /// <summary>How many arrays this thread holds; for tests.</summary>
    internal static int Count => t_slots?.Count(a => a is not null) ?? 0;

    /// <summary>Drops every pooled array of this thread; for tests.</summary>
    internal static void Clear()
    {
        t_slots = null;
        t_bytes = 0;
    }

    /// <summary>True when <paramref name="array"/> sits in this thread's pool; for tests.</summary>
    internal static bool Holds(double[] array) => t_slots?.Any(a => ReferenceEquals(a, array)) ?? false;
}
