using MarketingAutomation.Runtime.Execution;

namespace MarketingAutomation.Runtime.Tests.Execution;

public sealed class NameMapTests
{
    [Fact]
    public void Values_are_set_read_and_replaced_by_name()
    {
        var map = new NameMap<int> { ["a"] = 1, ["b"] = 2 };
        map["a"] = 3;
        Assert.Equal(2, map.Count);
        Assert.Equal(3, map["a"]);
        Assert.True(map.TryGetValue("b", out var b));
        Assert.Equal(2, b);
        Assert.False(map.TryGetValue("c", out _));
        Assert.False(map.ContainsKey("c"));
        Assert.Throws<KeyNotFoundException>(() => map["c"]);
    }

    [Fact]
    public void Names_are_compared_by_their_characters_not_their_instances()
    {
        var map = new NameMap<int> { [new string('x', 3)] = 1 };
        Assert.Equal(1, map["xxx"]);
        Assert.False(map.ContainsKey("XXX"));
    }

    [Fact]
    public void Pairs_keep_the_order_they_were_added_in_and_a_removal_closes_the_gap()
    {
        var map = new NameMap<int>();
        for (var i = 0; i < 10; i++)
        {
            map[i.ToString(System.Globalization.CultureInfo.InvariantCulture)] = i;
        }

        Assert.True(map.Remove("3"));
        Assert.False(map.Remove("3"));
        Assert.True(map.TryAdd("3", 30));
        Assert.False(map.TryAdd("3", 31));
        Assert.Equal(["0", "1", "2", "4", "5", "6", "7", "8", "9", "3"], map.Select(p => p.Key));
        var values = new List<int>();
        foreach (var (_, value) in map)
        {
            values.Add(value);
        }

        Assert.Equal([0, 1, 2, 4, 5, 6, 7, 8, 9, 30], values);
    }

    [Fact]
    public void Making_room_ahead_keeps_what_is_there()
    {
        var map = new NameMap<int> { ["a"] = 1 };
        map.EnsureCapacity(8);
        map.EnsureCapacity(2);
        Assert.Equal([new KeyValuePair<string, int>("a", 1)], map);
    }
}
