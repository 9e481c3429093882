using System.Collections;

namespace MarketingAutomation.Runtime.Execution;

/// <summary>
/// A small set of names (tags, templates opened or clicked, segments), kept in ordinal order in
/// one array, or none at all while empty. A value: <see cref="With"/> and <see cref="Without"/>
/// return a new set and never change an array once made, so a copy is always safe to keep.
/// </summary>
/// <remarks>
/// A contact holds four of these, with a handful of names each, and most of them never change
/// after the first few events: one array (or nothing) costs the collector far less than a hash
/// set's three objects, and a copy on the rare change is cheap at this size.
/// </remarks>
public readonly struct NameSet : IReadOnlyCollection<string>
{
    private readonly string[]? names;

    /// <summary>The set of <paramref name="names"/>, duplicates once.</summary>
    public NameSet(IEnumerable<string> names)
    {
        var sorted = names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        this.names = sorted.Length == 0 ? null : sorted;
    }

    private NameSet(string[] sorted) => names = sorted;

    public int Count => names?.Length ?? 0;

    public bool Contains(string name) => IndexOf(name) >= 0;

    /// <summary>This set with <paramref name="name"/> added (this very set when it is already in).</summary>
    public NameSet With(string name)
    {
        var at = IndexOf(name);
        if (at >= 0)
        {
            return this;
        }

        at = ~at;
        var old = names ?? [];
        var grown = new string[old.Length + 1];
        Array.Copy(old, grown, at);
        grown[at] = name;
        Array.Copy(old, at, grown, at + 1, old.Length - at);
        return new NameSet(grown);
    }

    /// <summary>This set without <paramref name="name"/> (this very set when it was not in).</summary>
    public NameSet Without(string name)
    {
        var at = IndexOf(name);
        if (at < 0)
        {
            return this;
        }

        var old = names!;
        if (old.Length == 1)
        {
            return default;
        }

        var shrunk = new string[old.Length - 1];
        Array.Copy(old, shrunk, at);
        Array.Copy(old, at + 1, shrunk, at, old.Length - at - 1);
        return new NameSet(shrunk);
    }

    /// <summary>The names of both sets.</summary>
    public NameSet Union(NameSet other) =>
        other.Count == 0 ? this : Count == 0 ? other : new NameSet(this.Concat(other));

    /// <summary>Where <paramref name="name"/> is, or the complement of where it would go.</summary>
    private int IndexOf(string name) => names is null ? ~0 : Array.BinarySearch(names, name, StringComparer.Ordinal);

    public ReadOnlySpan<string>.Enumerator GetEnumerator() => new ReadOnlySpan<string>(names).GetEnumerator();

    IEnumerator<string> IEnumerable<string>.GetEnumerator() => ((IEnumerable<string>)(names ?? [])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<string>)this).GetEnumerator();
}
