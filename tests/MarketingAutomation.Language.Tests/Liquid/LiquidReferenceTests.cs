using MarketingAutomation.Language.Liquid;
using static MarketingAutomation.Language.Tests.Liquid.LiquidAssert;

namespace MarketingAutomation.Language.Tests.Liquid;

public sealed class LiquidReferenceTests
{
    private static string[] Paths(string text) =>
        Valid(text).References.Select(reference => string.Join('.', reference.Path)).ToArray();

    [Fact]
    public void Output_reference_has_path_and_exact_span()
    {
        const string text = "Hi {{ contact.first_name | upcase }}!";
        var reference = Assert.Single(Valid(text).References);

        Assert.Equal(["contact", "first_name"], reference.Path);
        Assert.Equal((6, 18), (reference.Offset, reference.Length));
        Assert.Equal("contact.first_name", Underlined(text, reference.Offset, reference.Length));
    }

    [Fact]
    public void Quoted_member_is_part_of_the_path()
    {
        const string text = "{{ contact[\"first_name\"].size }}";
        var reference = Assert.Single(Valid(text).References);

        Assert.Equal(["contact", "first_name", "size"], reference.Path);
        Assert.Equal("contact[\"first_name\"].size", Underlined(text, reference.Offset, reference.Length));
    }

    [Fact]
    public void Path_stops_at_a_computed_index_and_the_index_is_a_reference_too()
    {
        const string text = "{{ event.items[pos].sku }} {{ event.items[0].sku }}";
        var references = Valid(text).References;

        Assert.Equal(3, references.Count);
        Assert.Equal(["event", "items"], references[0].Path);
        Assert.Equal("event.items[pos].sku", Underlined(text, references[0].Offset, references[0].Length));
        Assert.Equal(["pos"], references[1].Path);
        Assert.Equal("pos", Underlined(text, references[1].Offset, references[1].Length));
        Assert.Equal(["event", "items"], references[2].Path);
    }

    [Fact]
    public void Filter_arguments_tag_conditions_and_loop_options_are_references()
    {
        const string text =
            "{{ a | append: b.c | default: d, allow_false: e }}" +
            "{% if f > g and h contains 'x' %}{% elsif i %}{% endif %}" +
            "{% unless j %}{% endunless %}" +
            "{% case k %}{% when l, m %}{% endcase %}" +
            "{% for x in n limit: o offset: p %}{% endfor %}" +
            "{% for y in (q..r) %}{% endfor %}" +
            "{% assign z = s | plus: t %}";

        Assert.Equal(
            ["a", "b.c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t"],
            Paths(text));
    }

    [Fact]
    public void Literals_are_not_references()
    {
        Assert.Empty(Valid("{{ 'a' }}{{ 1 }}{% if true and nil == empty or blank %}{% endif %}").References);
    }

    [Fact]
    public void Every_occurrence_is_reported_with_its_own_offset()
    {
        const string text = "{{ x }}{{ x }}";
        var references = Valid(text).References;

        Assert.Equal([3, 10], references.Select(reference => reference.Offset));
    }

    [Fact]
    public void Assigned_names_are_local_after_the_assign_only()
    {
        Assert.Equal(["total", "price"], Paths("{{ total }}{% assign total = price %}{{ total }}{{ total.size }}"));
    }

    [Fact]
    public void Assign_reading_its_own_name_reads_the_data_first()
    {
        Assert.Equal(["count"], Paths("{% assign count = count | plus: 1 %}{{ count }}"));
    }

    [Fact]
    public void Assign_inside_a_block_stays_visible_after_it()
    {
        // Liquid assigns are template-wide, whichever branch set them.
        Assert.Equal(["vip"], Paths("{% if vip %}{% assign label = 'VIP' %}{% endif %}{{ label }}"));
    }

    [Fact]
    public void Captured_names_are_local_once_the_capture_ends()
    {
        Assert.Equal(["greeting", "name"], Paths("{% capture greeting %}{{ greeting }}{{ name }}{% endcapture %}{{ greeting }}"));
    }

    [Fact]
    public void Loop_variable_and_forloop_are_local_inside_the_loop_only()
    {
        const string text =
            "{% for item in cart.items %}{{ item.sku }}{{ forloop.index }}{{ other }}{% else %}{{ item }}{% endfor %}" +
            "{{ item }}{{ forloop.last }}";

        Assert.Equal(["cart.items", "other", "item", "item", "forloop.last"], Paths(text));
    }

    [Fact]
    public void Nested_loops_keep_outer_variables_visible()
    {
        const string text = "{% for order in orders %}{% for line in order.lines %}{{ order.id }}{{ line.sku }}{% endfor %}{{ line }}{% endfor %}";

        Assert.Equal(["orders", "line"], Paths(text));
    }

    [Fact]
    public void Loop_collection_is_read_before_the_variable_exists()
    {
        Assert.Equal(["item.children"], Paths("{% for item in item.children %}{{ item }}{% endfor %}"));
    }

    [Fact]
    public void Index_by_a_local_reports_only_the_data()
    {
        Assert.Equal(["contact"], Paths("{% assign field = 'email' %}{{ contact[field] }}"));
    }

    [Fact]
    public void References_survive_an_unknown_filter()
    {
        var template = LiquidParser.Parse("{{ contact.first_name | upcasee }}");

        Assert.Single(template.Errors);
        Assert.Equal(["contact", "first_name"], Assert.Single(template.References).Path);
    }

    [Fact]
    public void Broken_assign_still_declares_its_name()
    {
        // The error is the assign; the later use must not become a second, misleading problem.
        var template = LiquidParser.Parse("{% assign total = %}{{ total }}");

        Assert.Single(template.Errors);
        Assert.Empty(template.References);
    }
}
