using System.Collections;
using MarketingAutomation.Language.Liquid;
using MarketingAutomation.Language.Liquid.Rendering;
using static MarketingAutomation.Language.Tests.Liquid.RenderHelper;

namespace MarketingAutomation.Language.Tests.Liquid;

/// <summary>A template cannot make the renderer produce, loop or allocate without bound, nor overflow the stack.</summary>
public sealed class RenderLimitTests
{
    [Fact]
    public void Output_past_the_limit_is_cut_and_rendering_stops()
    {
        var result = Render("{% for i in (1..100) %}abcde{% endfor %}", options: Plain with { MaxOutputLength = 12 });

        Assert.Equal("abcdeabcdeab", result.Text);
        Assert.Equal(["the message is longer than 12 characters: the rest is cut off"], result.Problems);
    }

    [Fact]
    public void Output_is_never_cut_inside_a_surrogate_pair()
    {
        var result = Render("ab\uD83D\uDE00", options: Plain with { MaxOutputLength = 3 });

        Assert.Equal("ab", result.Text);
        Assert.Single(result.Problems);
    }

    [Fact]
    public void Iterations_are_counted_over_all_loops()
    {
        var result = Render("{% for a in (1..3) %}{% for b in (1..3) %}x{% endfor %}{% endfor %}", options: Plain with { MaxIterations = 5 });

        // 3 outer + 3 inner + ... : the fifth iteration is the last one that runs.
        Assert.Equal("xxx", result.Text);
        Assert.Equal(["loops ran more than 5 times in total: the rest of the message is left out"], result.Problems);
    }

    [Fact]
    public void A_huge_range_is_not_built()
    {
        var result = Render("{{ (1..1000000000) | size }}", options: Plain with { MaxIterations = 100 });

        Assert.Equal("100", result.Text);
        Assert.Contains("has more than 100 numbers", Assert.Single(result.Problems));
    }

    [Fact]
    public void Doubling_a_text_in_a_loop_stops_at_the_limit()
    {
        var result = Render("{% assign s = 'x' %}{% for i in (1..100) %}{% assign s = s | append: s %}{% endfor %}{{ s | size }}", options: Plain with { MaxOutputLength = 1000 });

        Assert.Equal("1000", result.Text);
        Assert.Equal(["filter `append`: the result is longer than 1000 characters and was cut"], result.Problems);
    }

    [Fact]
    public void Doubling_a_list_in_a_loop_stops_at_the_limit()
    {
        var result = Render("{% assign l = 'a,b' | split: ',' %}{% for i in (1..100) %}{% assign l = l | concat: l %}{% endfor %}{{ l | size }}", options: Plain with { MaxOutputLength = 1000 });

        Assert.Equal("1000", result.Text);
        Assert.Equal(["filter `concat`: the result has more than 1000 items and was cut"], result.Problems);
    }

    [Fact]
    public void Replace_and_join_cannot_multiply_a_text_past_the_limit()
    {
        var values = Vars(("long", new string('a', 1000)), ("many", Enumerable.Repeat("a", 1000).ToList()), ("wide", new string('-', 1000)));

        var replaced = Render("{{ long | replace: 'a', wide }}", values, Plain with { MaxOutputLength = 5000 });
        var joined = Render("{{ many | join: wide }}", values, Plain with { MaxOutputLength = 5000 });

        Assert.Equal(5000, replaced.Text.Length);
        Assert.Equal(5000, joined.Text.Length);
        Assert.Contains("filter `replace`: the result is longer than 5000 characters", replaced.Problems[0]);
        Assert.Contains("filter `join`: the result is longer than 5000 characters", joined.Problems[0]);
    }

    [Fact]
    public void Doubling_a_capture_stops_at_the_limit()
    {
        var text = "{% capture c %}x{% endcapture %}" + string.Concat(Enumerable.Repeat("{% capture c %}{{ c }}{{ c }}{% endcapture %}", 40)) + "{{ c | size }}";
        var result = Render(text, options: Plain with { MaxOutputLength = 1000 });

        Assert.Equal(["the message is longer than 1000 characters: the rest is cut off"], result.Problems);
        Assert.Equal(string.Empty, result.Text);
    }

    [Fact]
    public void Blocks_nested_to_the_parsers_limit_render()
    {
        var text = string.Concat(Enumerable.Repeat("{% if true %}", 100)) + "deep" + string.Concat(Enumerable.Repeat("{% endif %}", 100));

        Assert.Equal("deep", Clean(text));
    }

    [Fact]
    public void Blocks_nested_past_the_parsers_limit_are_problems_not_a_crash()
    {
        var text = string.Concat(Enumerable.Repeat("{% for i in (1..1) %}{% if true %}", 5000)) + "deep" + string.Concat(Enumerable.Repeat("{% endif %}{% endfor %}", 5000));
        var result = LiquidRenderer.Render(LiquidParser.Parse(text), new TestScope(Vars()), Plain);

        Assert.Contains(result.Problems, problem => problem.Contains("nested more than", StringComparison.Ordinal));
    }

    [Fact]
    public void A_long_and_or_chain_renders()
    {
        var text = "{% if " + string.Join(" or ", Enumerable.Repeat("false", 99)) + " or true %}yes{% endif %}";

        Assert.Equal("yes", Clean(text));
    }

    [Fact]
    public void A_list_that_contains_itself_does_not_overflow_the_stack()
    {
        var list = new ArrayList();
        list.Add("a");
        list.Add(list);
        var values = Vars(("list", list), ("other", list));

        var result = Render("{{ list | size }} {% if list == other %}same{% endif %} {{ list | first }}", values);

        Assert.Equal("2 same a", result.Text);
        Assert.StartsWith("aa", Render("{{ list }}", values).Text, StringComparison.Ordinal);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void An_endless_sequence_is_read_up_to_a_cap()
    {
        static IEnumerable Endless()
        {
            for (var i = 0; ; i++)
            {
                yield return i;
            }
        }

        var result = Render("{% for x in items limit: 3 %}{{ x }}{% endfor %}", Vars(("items", Endless())));

        Assert.Equal("012", result.Text);
    }

    [Fact]
    public void Problems_are_capped()
    {
        var text = string.Concat(Enumerable.Range(0, 200).Select(i => $"{{{{ missing_{i} }}}}"));
        var result = Render(text);

        Assert.Equal(51, result.Problems.Count);
        Assert.Equal("more problems were found and left out", result.Problems[^1]);
    }
}
