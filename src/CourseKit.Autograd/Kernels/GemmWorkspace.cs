using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace CourseKit.Autograd.Kernels;

/// <summary>
/// Per-thread packing buffers for <see cref="Gemm"/>: allocated once on the pinned heap, grown on demand and
/// reused, so a steady stream of multiplies allocates nothing. Returned pointers are 64-byte aligned.
/// </summary>
internal static unsafe class GemmWorkspace
{
    private const int AlignDoubles = 8;

    [ThreadStatic]
    private static double[]? t_packedA;

    [ThreadStatic]
    private static double[]? t_packedB;

    /// <summary>A 64-byte-aligned buffer of at least <paramref name="length"/> doubles for packed A panels.</summary>
    public static double* PackedA(int length) => Aligned(ref t_packedA, length);

    /// <summary>A 64-byte-aligned buffer of at least <paramref name="length"/> doubles for packed B panels.</summary>
    public static double* PackedB(int length) => Aligned(ref t_packedB, length);

    private static double* Aligned(ref double[]? store, int length)
    {
        if (store is null || store.Length < length + AlignDoubles)
        {
            store = GC.AllocateUninitializedArray<double>(length + AlignDoubles, pinned: true);
        }

        var p = (double*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(store));
        var offset = (int)(((nint)p & 63) / sizeof(double));
        return offset == 0 ? p : p + (AlignDoubles - offset);
    }
}
