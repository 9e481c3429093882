using MarketingAutomation.Runtime.Execution;

namespace MarketingAutomation.Runtime.Tests.Execution;

public sealed class NameSetTests
{
    [Fact]
    public void An_empty_set_has_nothing_and_enumerates_nothing()
    {
        var empty = default(NameSet);
        Assert.Empty(empty);
        Assert.False(empty.Contains("a"));
        Assert.Empty(empty.Without("a"));
    }

    [Fact]
    public void Names_stay_in_ordinal_order_once_each()
    {
        var set = default(NameSet).With("b").With("a").With("B").With("b");
        Assert.Equal(["B", "a", "b"], set);
        Assert.Equal(3, set.Count);
        Assert.True(set.Contains("a"));
        Assert.False(set.Contains("c"));
        Assert.Equal(["B", "a", "b"], new NameSet(["b", "a", "B", "a"]));
    }

    [Fact]
    public void With_and_without_leave_the_original_as_it_was()
    {
        var one = default(NameSet).With("a");
        var two = one.With("b");
        var back = two.Without("a");
        Assert.Equal(["a"], one);
        Assert.Equal(["a", "b"], two);
        Assert.Equal(["b"], back);
        Assert.Empty(back.Without("b"));
        Assert.Equal(["b"], back.Without("zzz"));
    }

    [Fact]
    public void A_union_has_the_names_of_both()
    {
        var a = new NameSet(["x", "y"]);
        var b = new NameSet(["y", "z"]);
        Assert.Equal(["x", "y", "z"], a.Union(b));
        Assert.Equal(["x", "y"], a.Union(default));
        Assert.Equal(["y", "z"], default(NameSet).Union(b));
    }
}
