using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace MarketingAutomation.Runtime.Execution;

/// <summary>
/// Asks the processor to start loading an object into its caches without waiting for it. A host
/// with many contacts keeps each contact's state as a dozen objects spread over a heap of
/// gigabytes; read as the steps reach them, each costs a wait for memory, one after another.
/// Asked for together at the start of a stimulus, those waits overlap.
/// </summary>
/// <remarks>
/// A hint only: it changes no value, and an address that is stale (the collector moved the object
/// since) or wrong costs a wasted load, never a fault. On processors without the instruction it
/// does nothing.
/// </remarks>
internal static class Prefetch
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Object(object? target)
    {
        if (Sse.IsSupported && target is not null)
        {
            // The reference's value is the object's address.
            Sse.Prefetch0(*(void**)Unsafe.AsPointer(ref target));
        }
    }

    /// <summary>The start of a list's array of items (the list object itself is read to find it).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Items<T>(List<T> list)
    {
        if (Sse.IsSupported)
        {
            var items = CollectionsMarshal.AsSpan(list);
            if (!items.IsEmpty)
            {
                Sse.Prefetch0(Unsafe.AsPointer(ref MemoryMarshal.GetReference(items)));
            }
        }
    }
}
