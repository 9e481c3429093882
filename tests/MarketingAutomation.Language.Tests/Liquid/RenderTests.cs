using System.Collections;
using MarketingAutomation.Language.Liquid;
using MarketingAutomation.Language.Liquid.Rendering;
using static MarketingAutomation.Language.Tests.Liquid.RenderHelper;

namespace MarketingAutomation.Language.Tests.Liquid;

/// <summary>Outputs, values, tags and whitespace control, rendered as Liquid renders them.</summary>
public sealed class RenderTests
{
    private static readonly Dictionary<string, object?> Contact = new()
    {
        ["first_name"] = "Ala",
        ["last_name"] = null,
        ["tier"] = "gold",
        ["interests"] = new List<object?> { "espresso", "filter" },
        ["address"] = new Dictionary<string, object?> { ["city"] = "Kraków" },
    };

    [Fact]
    public void Text_is_shown_as_written()
    {
        Assert.Equal("Hello <b>world</b> & co\n", Clean("Hello <b>world</b> & co\n", options: Escaped));
    }

    [Fact]
    public void Outputs_read_values_by_dotted_path()
    {
        var values = Vars(("contact", Contact), ("cart", "C-1"));

        Assert.Equal("Hi Ala, cart C-1 in Kraków", Clean("Hi {{ contact.first_name }}, cart {{ cart }} in {{ contact.address.city }}", values));
        Assert.Equal("Ala", Clean("{{ contact[\"first_name\"] }}", values));
    }

    [Fact]
    public void A_value_exposing_a_scope_is_read_like_an_object()
    {
        var values = Vars(("event", new TestScope(Vars(("order_id", "K-1"), ("total", 89.90m)))));

        Assert.Equal("K-1: 89.90", Clean("{{ event.order_id }}: {{ event.total }}", values));
    }

    [Fact]
    public void List_items_are_read_by_index_from_either_end()
    {
        var values = Vars(("picks", new[] { "A", "B", "C" }), ("i", 1m));

        Assert.Equal("A C B |", Clean("{{ picks[0] }} {{ picks[-1] }} {{ picks[i] }} |{{ picks[5] }}", values));
    }

    [Fact]
    public void Lists_and_texts_have_size_first_and_last()
    {
        var values = Vars(("picks", new List<string> { "A", "B", "C" }), ("name", "Ala"), ("contact", Contact));

        Assert.Equal("3 A C 3 1", Clean("{{ picks.size }} {{ picks.first }} {{ picks.last }} {{ name.size }} {{ contact.address.size }}", values));
    }

    [Theory]
    [InlineData(3, "3")]
    [InlineData(3L, "3")]
    [InlineData(2.5d, "2.5")]
    [InlineData(true, "true")]
    [InlineData(false, "false")]
    [InlineData("text", "text")]
    [InlineData('c', "c")]
    [InlineData(null, "")]
    public void Plain_values_are_shown_in_a_fixed_form(object? value, string expected)
    {
        Assert.Equal(expected, Clean("{{ v }}", Vars(("v", value))));
    }

    [Fact]
    public void Decimals_keep_their_written_places()
    {
        Assert.Equal("74.50 3 -1.25", Clean("{{ a }} {{ b }} {{ c }}", Vars(("a", 74.50m), ("b", 3m), ("c", -1.25m))));
    }

    [Fact]
    public void Dates_times_and_durations_are_shown_in_the_languages_forms()
    {
        var values = Vars(
            ("day", new DateOnly(2026, 3, 14)),
            ("at", new TimeOnly(9, 30)),
            ("precise", new TimeOnly(9, 30, 15)),
            ("wait", TimeSpan.FromDays(14)),
            ("mixed", new TimeSpan(1, 2, 30, 0)),
            ("moment", new DateTimeOffset(2026, 3, 14, 8, 0, 0, TimeSpan.Zero)));

        Assert.Equal(
            "2026-03-14 09:30 09:30:15 2w 1d 2h 30m 2026-03-14 08:00:00 +0000",
            Clean("{{ day }} {{ at }} {{ precise }} {{ wait }} {{ mixed }} {{ moment }}", values));
    }

    [Fact]
    public void Moments_are_shown_in_the_render_time_zone()
    {
        var zone = TimeZoneInfo.CreateCustomTimeZone("Test/Plus2", TimeSpan.FromHours(2), "Plus 2", "Plus 2");
        var values = Vars(("moment", new DateTimeOffset(2026, 3, 14, 8, 0, 0, TimeSpan.Zero)));

        Assert.Equal("2026-03-14 10:00:00 +0200", Clean("{{ moment }}", values, Plain with { TimeZone = zone }));
    }

    [Fact]
    public void A_list_shows_its_items_one_after_another()
    {
        Assert.Equal("espressofilter", Clean("{{ contact.interests }}", Vars(("contact", Contact))));
    }

    [Fact]
    public void If_shows_the_first_branch_that_holds()
    {
        const string text = "{% if n == 1 %}one{% elsif n == 2 %}two{% elsif n > 1 %}many{% else %}none{% endif %}";

        Assert.Equal(["one", "two", "many", "none"], new[] { 1m, 2m, 5m, 0m }.Select(n => Clean(text, Vars(("n", n)))));
    }

    [Fact]
    public void Unless_negates_only_its_first_condition()
    {
        const string text = "{% unless vip %}regular{% elsif gold %}gold{% else %}vip{% endunless %}";

        Assert.Equal("regular", Clean(text, Vars(("vip", false), ("gold", true))));
        Assert.Equal("gold", Clean(text, Vars(("vip", true), ("gold", true))));
        Assert.Equal("vip", Clean(text, Vars(("vip", true), ("gold", false))));
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData(false, false)]
    [InlineData(true, true)]
    [InlineData("", true)]
    [InlineData("false", true)]
    [InlineData(0, true)]
    public void Only_nil_and_false_are_false(object? value, bool expected)
    {
        Assert.Equal(expected ? "yes" : "no", Clean("{% if v %}yes{% else %}no{% endif %}", Vars(("v", value))));
    }

    [Fact]
    public void Empty_lists_and_objects_are_true()
    {
        var values = Vars(("list", Array.Empty<string>()), ("map", new Dictionary<string, object?>()));

        Assert.Equal("yes yes", Clean("{% if list %}yes{% endif %} {% if map %}yes{% endif %}", values));
    }

    [Theory]
    [InlineData("1 == 1.0", true)]
    [InlineData("'1' == 1", false)]
    [InlineData("'a' == 'a'", true)]
    [InlineData("'a' != 'b'", true)]
    [InlineData("'a' <> 'a'", false)]
    [InlineData("2 < 10", true)]
    [InlineData("'2' < '10'", false)]
    [InlineData("3 >= 3", true)]
    [InlineData("3 <= 2.5", false)]
    [InlineData("total > 50", true)]
    [InlineData("nil == nil", true)]
    [InlineData("nothing == nil", true)]
    [InlineData("nothing < 1", false)]
    [InlineData("nothing > 1", false)]
    [InlineData("day < later", true)]
    [InlineData("picks == same", true)]
    [InlineData("name contains 'la'", true)]
    [InlineData("name contains 'x'", false)]
    [InlineData("picks contains 'B'", true)]
    [InlineData("picks contains 'b'", false)]
    [InlineData("map contains 'key'", true)]
    [InlineData("nothing contains 'a'", false)]
    [InlineData("'' == empty", true)]
    [InlineData("picks == empty", false)]
    [InlineData("none == empty", true)]
    [InlineData("nothing == empty", false)]
    [InlineData("'  ' == blank", true)]
    [InlineData("nothing == blank", true)]
    [InlineData("false == blank", true)]
    [InlineData("name == blank", false)]
    public void Comparisons_follow_liquid(string condition, bool expected)
    {
        var values = Vars(
            ("total", 74.50m),
            ("nothing", null),
            ("name", "Ala"),
            ("picks", new[] { "A", "B" }),
            ("same", new List<object?> { "A", "B" }),
            ("none", new List<object?>()),
            ("map", new Dictionary<string, object?> { ["key"] = 1 }),
            ("day", new DateOnly(2026, 1, 1)),
            ("later", new DateOnly(2026, 2, 1)));

        Assert.Equal(expected ? "yes" : "no", Clean($"{{% if {condition} %}}yes{{% else %}}no{{% endif %}}", values));
    }

    [Theory]
    [InlineData("true or false and false", "yes")] // true or (false and false)
    [InlineData("false and false or true", "no")] // false and (false or true)
    [InlineData("true and true and nil", "no")]
    [InlineData("nil or false or 0", "yes")]
    public void And_and_or_are_evaluated_from_the_right(string condition, string expected)
    {
        Assert.Equal(expected, Clean($"{{% if {condition} %}}yes{{% else %}}no{{% endif %}}"));
    }

    [Fact]
    public void Ordering_values_of_different_kinds_is_a_problem()
    {
        Assert.Equal("no", WithProblem("{% if name > 1 %}yes{% else %}no{% endif %}", "cannot compare a text with a number", Vars(("name", "Ala"))));
    }

    [Fact]
    public void Case_shows_every_matching_when_or_else()
    {
        const string text = "{% case tier %}{% when 'gold', 'silver' %}metal{% when 'gold' %}!{% when 'x' or 'standard' %}std{% else %}other{% endcase %}";

        Assert.Equal("metal!", Clean(text, Vars(("tier", "gold"))));
        Assert.Equal("std", Clean(text, Vars(("tier", "standard"))));
        Assert.Equal("other", Clean(text, Vars(("tier", "bronze"))));
        Assert.Equal("other", Clean(text, Vars(("tier", null))));
    }

    [Fact]
    public void For_walks_a_list()
    {
        Assert.Equal("[A][B][C]", Clean("{% for sku in picks %}[{{ sku }}]{% endfor %}", Vars(("picks", new[] { "A", "B", "C" }))));
    }

    [Fact]
    public void For_shows_else_for_an_empty_or_missing_list()
    {
        const string text = "{% for sku in picks %}{{ sku }}{% else %}nothing{% endfor %}";

        Assert.Equal("nothing", Clean(text, Vars(("picks", Array.Empty<string>()))));
        Assert.Equal("nothing", Clean(text, Vars(("picks", null))));
    }

    [Theory]
    [InlineData("limit: 2", "12")]
    [InlineData("offset: 3", "45")]
    [InlineData("offset: 1 limit: 2", "23")]
    [InlineData("reversed", "54321")]
    [InlineData("reversed offset: 1 limit: 3", "432")] // offset and limit first, then reversed
    [InlineData("limit: n", "123")]
    [InlineData("offset: 9", "none")]
    [InlineData("limit: 0", "none")]
    public void For_options_slice_the_list(string options, string expected)
    {
        var text = $"{{% for i in (1..5) {options} %}}{{{{ i }}}}{{% else %}}none{{% endfor %}}";

        Assert.Equal(expected, Clean(text, Vars(("n", 3m))));
    }

    [Fact]
    public void Forloop_tells_the_position()
    {
        const string text = "{% for x in list %}{{ forloop.index }}/{{ forloop.index0 }}/{{ forloop.rindex }}/{{ forloop.rindex0 }}/{{ forloop.length }}"
            + "{% if forloop.first %} first{% endif %}{% if forloop.last %} last{% endif %};{% endfor %}";

        Assert.Equal("1/0/3/2/3 first;2/1/2/1/3;3/2/1/0/3 last;", Clean(text, Vars(("list", new[] { "a", "b", "c" }))));
    }

    [Fact]
    public void Forloop_parentloop_is_the_enclosing_loops()
    {
        const string text = "{% for a in (1..2) %}{% for b in (1..2) %}{{ forloop.parentloop.index }}.{{ forloop.index }} {% endfor %}{% endfor %}";

        Assert.Equal("1.1 1.2 2.1 2.2 ", Clean(text));
    }

    [Fact]
    public void Break_and_continue_affect_the_innermost_loop()
    {
        const string text = "{% for a in (1..2) %}{% for i in (1..5) %}{% if i == 2 %}{% continue %}{% endif %}{% if i == 4 %}{% break %}{% endif %}{{ i }}{% endfor %};{% endfor %}";

        Assert.Equal("13;13;", Clean(text));
    }

    [Fact]
    public void Break_inside_a_case_or_capture_still_leaves_the_loop()
    {
        const string text = "{% for i in (1..5) %}{% case i %}{% when 3 %}{% capture c %}x{% break %}{% endcapture %}{% endcase %}{{ i }}{% endfor %}[{{ c }}]";

        Assert.Equal("12[x]", Clean(text));
    }

    [Fact]
    public void Break_outside_a_loop_is_a_problem_and_does_nothing()
    {
        Assert.Equal("ab", WithProblem("a{% break %}b", "outside a `{% for %}` loop"));
    }

    [Fact]
    public void For_walks_ranges_from_values()
    {
        Assert.Equal("2,3,4,", Clean("{% for i in (from..to) %}{{ i }},{% endfor %}", Vars(("from", 2m), ("to", "4"))));
        Assert.Equal("", Clean("{% for i in (5..1) %}{{ i }}{% endfor %}"));
    }

    [Fact]
    public void For_walks_an_object_as_key_value_pairs()
    {
        var values = Vars(("prices", new Dictionary<string, object?> { ["beans"] = 10m, ["grinder"] = 99m }));

        Assert.Equal("beans=10 grinder=99 ", Clean("{% for pair in prices %}{{ pair[0] }}={{ pair[1] }} {% endfor %}", values));
    }

    [Fact]
    public void For_over_a_text_shows_it_once()
    {
        Assert.Equal("[abc]", Clean("{% for c in name %}[{{ c }}]{% endfor %}", Vars(("name", "abc"))));
    }

    [Fact]
    public void For_over_a_number_is_a_problem()
    {
        Assert.Equal("none", WithProblem("{% for c in n %}{{ c }}{% else %}none{% endfor %}", "cannot loop over `n`", Vars(("n", 3m))));
    }

    [Fact]
    public void For_walks_any_sequence()
    {
        static IEnumerable Lazy()
        {
            yield return 1;
            yield return "two";
        }

        Assert.Equal("1 two ", Clean("{% for x in items %}{{ x }} {% endfor %}", Vars(("items", Lazy()))));
    }

    [Fact]
    public void The_loop_variable_hides_a_value_of_the_same_name_only_inside_the_loop()
    {
        Assert.Equal("outer:1 2 :outer", Clean("{{ x }}:{% for x in (1..2) %}{{ x }} {% endfor %}:{{ x }}", Vars(("x", "outer"))));
    }

    [Fact]
    public void Assign_sets_a_value_that_outlives_the_loop_it_was_set_in()
    {
        const string text = "{% assign greeting = name | upcase | append: '!' %}{{ greeting }}{% for i in (1..3) %}{% assign last = i %}{% endfor %} {{ last }}";

        Assert.Equal("ALA! 3", Clean(text, Vars(("name", "Ala"))));
    }

    [Fact]
    public void Assign_hides_a_scope_value()
    {
        Assert.Equal("mine", Clean("{% assign cart = 'mine' %}{{ cart }}", Vars(("cart", "theirs"))));
    }

    [Fact]
    public void Capture_renders_into_a_variable()
    {
        const string text = "{% capture greeting %}Hi {{ name }}, you have {{ n | plus: 1 }} items{% endcapture %}[{{ greeting }}]";

        Assert.Equal("[Hi Ala, you have 3 items]", Clean(text, Vars(("name", "Ala"), ("n", 2m))));
    }

    [Fact]
    public void Comments_show_nothing()
    {
        Assert.Equal("ab", Clean("a{% comment %}{{ not shown }} {% if %}{% endcomment %}{% # a note %}b"));
    }

    [Fact]
    public void Raw_shows_liquid_as_written()
    {
        Assert.Equal("{{ contact.first_name }} {% if %}", Clean("{% raw %}{{ contact.first_name }} {% if %}{% endraw %}", options: Escaped));
    }

    [Fact]
    public void Whitespace_control_trims_the_neighbouring_text()
    {
        const string text = "<ul>\n  {%- for i in (1..2) -%}\n    <li>{{- i -}}</li>\n  {%- endfor -%}\n</ul>";

        Assert.Equal("<ul><li>1</li><li>2</li></ul>", Clean(text));
    }

    [Fact]
    public void Whitespace_control_on_one_side_keeps_the_other()
    {
        Assert.Equal("a 1b", Clean("a {{ n -}}   b", Vars(("n", 1m))));
        Assert.Equal("a1   b", Clean("a   {{- n }}   b", Vars(("n", 1m))));
    }
}
