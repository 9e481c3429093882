namespace MarketingAutomation.Runtime;

/// <summary>
/// A contact's fixed random number for one split of one journey, uniform in [0, 1): the same
/// contact lands in the same branch on every run, process and machine, and each split draws
/// independently of the others.
/// </summary>
/// <remarks>
/// <see cref="string.GetHashCode()"/> is randomised per process, so this hashes the strings itself:
/// FNV-1a over the UTF-16 code units (each string preceded by its length, so "ab"+"c" and "a"+"bc"
/// differ), then a SplitMix64-style finaliser, because FNV alone leaves the high bits poorly mixed
/// for short, similar ids like "c1", "c2". Changing any constant here reshuffles every live split.
/// </remarks>
public static class StableDraw
{
    private const ulong FnvOffsetBasis = 0xcbf29ce484222325;
    private const ulong FnvPrime = 0x100000001b3;

    /// <summary>2^-53: turns the top 53 bits of the hash into a double in [0, 1) without rounding up to 1.</summary>
    private const double UnitScale = 1.0 / (1UL << 53);

    public static double Of(string contactId, string journey, string split)
    {
        ArgumentNullException.ThrowIfNull(contactId);
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(split);

        var hash = FnvOffsetBasis;
        hash = Absorb(hash, contactId);
        hash = Absorb(hash, journey);
        hash = Absorb(hash, split);
        return (Finalise(hash) >> 11) * UnitScale;
    }

    private static ulong Absorb(ulong hash, string text)
    {
        hash = Step(hash, (uint)text.Length);
        foreach (var c in text)
        {
            hash = Step(hash, c);
        }

        return hash;
    }

    private static ulong Step(ulong hash, uint value) => (hash ^ value) * FnvPrime;

    /// <summary>Avalanches every input bit over the whole word: xor-shift, multiply by an odd constant, twice, then a last xor-shift.</summary>
    private static ulong Finalise(ulong hash)
    {
        hash = (hash ^ (hash >> 30)) * 0xbf58476d1ce4e5b9;
        hash = (hash ^ (hash >> 27)) * 0x94d049bb133111eb;
        return hash ^ (hash >> 31);
    }
}
