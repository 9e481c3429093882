using System.Collections;

namespace MarketingAutomation.Runtime.Execution;

/// <summary>
/// A small map from names (journeys, scores) to values, in one array of pairs searched in order:
/// what a contact keeps per journey entered or timed and per score. Pairs keep the order they were
/// added in (a removal closes the gap).
/// </summary>
/// <remarks>
/// A contact's maps hold a few to a few dozen pairs whose keys are mostly the catalog's own string
/// instances, so a linear search (reference equality first) costs about what hashing the key
/// would, and the map is two objects at most instead of a dictionary's three with its buckets.
/// </remarks>
public sealed class NameMap<TValue> : IEnumerable<KeyValuePair<string, TValue>>
{
    private KeyValuePair<string, TValue>[] pairs = [];
    private int count;

    public int Count => count;

    /// <summary>The value of <paramref name="name"/>; setting it adds the name or replaces its value.</summary>
    public TValue this[string name]
    {
        get => IndexOf(name) is var at and >= 0 ? pairs[at].Value : throw new KeyNotFoundException($"'{name}' is not in the map");
        set
        {
            var at = IndexOf(name);
            if (at >= 0)
            {
                pairs[at] = new(pairs[at].Key, value);
            }
            else
            {
                Add(name, value);
            }
        }
    }

    public bool ContainsKey(string name) => IndexOf(name) >= 0;

    public bool TryGetValue(string name, out TValue value)
    {
        var at = IndexOf(name);
        value = at >= 0 ? pairs[at].Value : default!;
        return at >= 0;
    }

    /// <summary>Adds the pair unless the name is in already (then nothing changes).</summary>
    public bool TryAdd(string name, TValue value)
    {
        if (IndexOf(name) >= 0)
        {
            return false;
        }

        Add(name, value);
        return true;
    }

    public bool Remove(string name)
    {
        var at = IndexOf(name);
        if (at < 0)
        {
            return false;
        }

        count--;
        Array.Copy(pairs, at + 1, pairs, at, count - at);
        pairs[count] = default;
        return true;
    }

    /// <summary>Room for <paramref name="capacity"/> pairs at once, rather than growing step by step.</summary>
    public void EnsureCapacity(int capacity)
    {
        if (pairs.Length < capacity)
        {
            Array.Resize(ref pairs, capacity);
        }
    }

    public Enumerator GetEnumerator() => new(this);

    /// <summary>Starts loading the array of pairs (see <see cref="Prefetch"/>).</summary>
    internal void PrefetchPairs() => Prefetch.Object(pairs);

    IEnumerator<KeyValuePair<string, TValue>> IEnumerable<KeyValuePair<string, TValue>>.GetEnumerator() => pairs.Take(count).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<KeyValuePair<string, TValue>>)this).GetEnumerator();

    private void Add(string name, TValue value)
    {
        // Grows by half (at least two): maps stay small, so doubling would mostly hold air.
        EnsureCapacity(count == pairs.Length ? Math.Max(2, count + count / 2) : count + 1);
        pairs[count++] = new(name, value);
    }

    private int IndexOf(string name)
    {
        for (var i = 0; i < count; i++)
        {
            if (string.Equals(pairs[i].Key, name))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The pairs in order, without an allocation per loop.</summary>
    public struct Enumerator(NameMap<TValue> map)
    {
        private int index = -1;

        public readonly KeyValuePair<string, TValue> Current => map.pairs[index];

        public bool MoveNext() => ++index < map.count;
    }
}
