using MarketingAutomation.Language.Liquid;
using static MarketingAutomation.Language.Tests.Liquid.LiquidAssert;

namespace MarketingAutomation.Language.Tests.Liquid;

public sealed class LiquidErrorTests
{
    /// <summary>Each case is a template with one mistake, the message, and the text it underlines.</summary>
    [Theory]
    // Delimiters and verbatim blocks.
    [InlineData("Hi {{ name ", "`{{` is not closed with `}}`", "{{")]
    [InlineData("Hi {% if x ", "`{%` is not closed with `%}`", "{%")]
    [InlineData("{% raw %}{{ x }}", "`{% raw %}` is not closed: add `{% endraw %}`", "{% raw %}")]
    [InlineData("{% comment %}a{% comment %}b{% endcomment %}", "`{% comment %}` is not closed: add `{% endcomment %}`", "{% comment %}")]
    // Block structure.
    [InlineData("{% if a %}yes", "`{% if %}` is not closed: add `{% endif %}`", "{% if a %}")]
    [InlineData("{% unless a %}yes", "`{% unless %}` is not closed: add `{% endunless %}`", "{% unless a %}")]
    [InlineData("{% case a %}{% when 1 %}", "`{% case %}` is not closed: add `{% endcase %}`", "{% case a %}")]
    [InlineData("{% for i in l %}x", "`{% for %}` is not closed: add `{% endfor %}`", "{% for i in l %}")]
    [InlineData("{% capture c %}x", "`{% capture %}` is not closed: add `{% endcapture %}`", "{% capture c %}")]
    [InlineData("x{% endfor %}", "`{% endfor %}` has no matching `{% for %}`", "{% endfor %}")]
    [InlineData("{% endif %}", "`{% endif %}` has no matching `{% if %}`", "{% endif %}")]
    [InlineData("{% endunless %}", "`{% endunless %}` has no matching `{% unless %}`", "{% endunless %}")]
    [InlineData("{% endcase %}", "`{% endcase %}` has no matching `{% case %}`", "{% endcase %}")]
    [InlineData("{% endcapture %}", "`{% endcapture %}` has no matching `{% capture %}`", "{% endcapture %}")]
    [InlineData("{% endraw %}", "`{% endraw %}` has no matching `{% raw %}`", "{% endraw %}")]
    [InlineData("{% endcomment %}", "`{% endcomment %}` has no matching `{% comment %}`", "{% endcomment %}")]
    [InlineData("a{% else %}b", "`{% else %}` has no matching `{% if %}`, `{% unless %}`, `{% case %}` or `{% for %}`", "{% else %}")]
    [InlineData("{% capture c %}{% else %}{% endcapture %}", "`{% else %}` has no matching `{% if %}`, `{% unless %}`, `{% case %}` or `{% for %}`", "{% else %}")]
    [InlineData("{% elsif a %}", "`{% elsif %}` has no matching `{% if %}` or `{% unless %}`", "{% elsif a %}")]
    [InlineData("{% for i in l %}{% elsif a %}{% endfor %}", "`{% elsif %}` has no matching `{% if %}` or `{% unless %}`", "{% elsif a %}")]
    [InlineData("{% when 1 %}", "`{% when %}` has no matching `{% case %}`", "{% when 1 %}")]
    [InlineData("{% if a %}{% else %}{% else %}{% endif %}", "`{% if %}` already has an `{% else %}`", "{% else %}")]
    [InlineData("{% for i in l %}{% else %}{% else %}{% endfor %}", "`{% for %}` already has an `{% else %}`", "{% else %}")]
    [InlineData("{% if a %}{% else %}{% elsif b %}{% endif %}", "`{% elsif %}` cannot come after `{% else %}`", "{% elsif b %}")]
    [InlineData("{% case a %}{% else %}{% when 1 %}{% endcase %}", "`{% when %}` cannot come after `{% else %}`", "{% when 1 %}")]
    [InlineData("{% case a %} lost {% when 1 %}{% endcase %}", "only `{% when %}` or `{% else %}` can follow `{% case %}`: this is never shown", " lost ")]
    [InlineData("{% foo bar %}", "unknown tag `{% foo %}`", "{% foo bar %}")]
    [InlineData("{% render 'x' %}", "unknown tag `{% render %}`", "{% render 'x' %}")]
    [InlineData("{% %}", "expected a tag name after `{%`", "{% %}")]
    [InlineData("{% = x %}", "expected a tag name after `{%`", "{% = x %}")]
    [InlineData("{% if a %}{% else if b %}{% endif %}", "write `{% elsif ... %}` instead of `{% else if ... %}`", "{% else if b %}")]
    [InlineData("{% if a %}{% endif a %}", "`{% endif %}` takes no arguments", "a")]
    [InlineData("{% if a %}{% else b %}{% endif %}", "`{% else %}` takes no arguments", "b")]
    [InlineData("{% break now %}", "`{% break %}` takes no arguments", "now")]
    // Outputs and values.
    [InlineData("{{ }}", "expected a value inside `{{ }}`", "{{ }}")]
    [InlineData("{{ | upcase }}", "expected a value inside `{{ }}`", "|")]
    [InlineData("{{ name | upcasee }}", "unknown filter `upcasee`", "upcasee")]
    [InlineData("{{ name | }}", "expected a filter name after `|`", "|")]
    [InlineData("{{ name | append \"x\" }}", "expected `:` between `append` and its arguments", "\"x\"")]
    [InlineData("{{ name | append: }}", "expected a value after `:`", ":")]
    [InlineData("{{ name | truncate: 5, }}", "expected a value after `,`", ",")]
    [InlineData("{{ name | default: x, allow_false: }}", "expected a value after `allow_false:`", ":")]
    [InlineData("{{ name x }}", "unexpected `x`", "x")]
    [InlineData("{{ a == b }}", "unexpected `==`", "==")]
    [InlineData("{{ contact. }}", "expected a name after `.`", ".")]
    [InlineData("{{ items[] }}", "expected a value inside `[ ]`", "]")]
    [InlineData("{{ items[0 }}", "`[` is not closed with `]`", "[")]
    [InlineData("{{ (1..5 }}", "`(` is not closed with `)`", "(")]
    [InlineData("{{ (1 5) }}", "expected `..` between the start and the end of the range", "5")]
    [InlineData("{{ (1..) }}", "expected a value after `..`", ")")]
    [InlineData("{{ 999999999999999999999999999999 }}", "number `999999999999999999999999999999` is too large", "999999999999999999999999999999")]
    [InlineData("{{ \"Hello }}", "string is not closed: add a closing `\"`", "\"Hello ")]
    [InlineData("{{ 'Hello }}", "string is not closed: add a closing `'`", "'Hello ")]
    [InlineData("{{ a @ b }}", "unexpected character `@`", "@")]
    [InlineData("{{ price + 1 }}", "Liquid has no `+` operator: use the `plus` filter", "+")]
    [InlineData("{{ price - 1 }}", "Liquid has no `-` operator: use the `minus` filter", "-")]
    [InlineData("{{ price * 2 }}", "Liquid has no `*` operator: use the `times` filter", "*")]
    // Tag markup.
    [InlineData("{% if %}{% endif %}", "expected a condition after `if`", "{% if %}")]
    [InlineData("{% if a == %}{% endif %}", "expected a value after `==`", "==")]
    [InlineData("{% if a contains %}{% endif %}", "expected a value after `contains`", "contains")]
    [InlineData("{% if a and %}{% endif %}", "expected a value after `and`", "and")]
    [InlineData("{% if a or ) %}{% endif %}", "expected a value after `or`", ")")]
    [InlineData("{% if a == 1 == 2 %}{% endif %}", "unexpected `==`: join comparisons with `and` or `or`", "==")]
    [InlineData("{% if a b %}{% endif %}", "unexpected `b`", "b")]
    [InlineData("{% if a %}{% elsif %}{% endif %}", "expected a condition after `elsif`", "{% elsif %}")]
    [InlineData("{% unless %}{% endunless %}", "expected a condition after `unless`", "{% unless %}")]
    [InlineData("{% if a == \"x %}{% endif %}", "string is not closed: add a closing `\"`", "\"x ")]
    [InlineData("{% assign %}", "expected a variable name after `assign`", "{% assign %}")]
    [InlineData("{% assign x 1 %}", "expected `=` after `x`", "1")]
    [InlineData("{% assign x = %}", "expected a value after `=`", "=")]
    [InlineData("{% assign x = 1 | %}", "expected a filter name after `|`", "|")]
    [InlineData("{% capture %}{% endcapture %}", "expected a variable name after `capture`", "{% capture %}")]
    [InlineData("{% capture a b %}{% endcapture %}", "unexpected `b`", "b")]
    [InlineData("{% for %}{% endfor %}", "expected a variable name after `for`", "{% for %}")]
    [InlineData("{% for item items %}{% endfor %}", "expected `in` after `item`", "items")]
    [InlineData("{% for item in %}{% endfor %}", "expected a collection after `in`", "in")]
    [InlineData("{% for item in items limit: %}{% endfor %}", "expected a value after `limit:`", ":")]
    [InlineData("{% for item in items sorted %}{% endfor %}", "unknown `for` option `sorted`: use `limit:`, `offset:` or `reversed`", "sorted")]
    [InlineData("{% for item in items ) %}{% endfor %}", "unexpected `)`", ")")]
    [InlineData("{% case %}{% endcase %}", "expected a value after `case`", "{% case %}")]
    [InlineData("{% case a %}{% when %}{% endcase %}", "expected a value after `when`", "{% when %}")]
    [InlineData("{% case a %}{% when 1, %}{% endcase %}", "expected a value after `,`", ",")]
    [InlineData("{% case a %}{% when 1 or %}{% endcase %}", "expected a value after `or`", "or")]
    [InlineData("{% case a %}{% when 1 2 %}{% endcase %}", "unexpected `2`", "2")]
    public void Each_mistake_gives_one_precise_error(string text, string message, string underlined)
    {
        var error = SingleError(text);

        Assert.Equal(message, error.Message);
        Assert.Equal(underlined, Underlined(text, error.Offset, error.Length));
    }

    [Fact]
    public void Error_offsets_are_offsets_into_the_whole_text()
    {
        const string text = "Line one\n{% if contact.plan == %}\n{% endif %}";
        var error = SingleError(text);

        Assert.Equal((28, 2), (error.Offset, error.Length));
    }

    [Fact]
    public void Unclosed_output_does_not_swallow_the_next_tag()
    {
        const string text = "Hi {{ contact.first_name, welcome {% if vip %}VIP{% endif %} {{ x | upcasee }}";
        var template = LiquidParser.Parse(text);

        Assert.Equal(["`{{` is not closed with `}}`", "unknown filter `upcasee`"], template.Errors.Select(error => error.Message));
        Assert.IsType<LiquidIfNode>(template.Nodes[1]);
    }

    [Fact]
    public void Braces_inside_strings_do_not_end_or_open_anything()
    {
        var template = Valid("{% assign open = \"{{\" %}{% assign tag = '{%' %}{{ open | append: tag }}");

        Assert.Equal(3, template.Nodes.Count);
    }

    [Fact]
    public void A_stray_closing_delimiter_is_only_text()
    {
        Assert.Equal("a }} b %} c", SingleNode<LiquidTextNode>("a }} b %} c").Text);
    }

    [Fact]
    public void Missing_end_tag_inside_another_block_is_one_error()
    {
        const string text = "{% if a %}{% for i in l %}x{% endif %}{{ i }}";
        var template = LiquidParser.Parse(text);

        var error = Assert.Single(template.Errors);
        Assert.Equal("`{% for %}` is not closed: add `{% endfor %}`", error.Message);
        var ifNode = Assert.IsType<LiquidIfNode>(template.Nodes[0]);
        Assert.IsType<LiquidForNode>(Assert.Single(ifNode.Branches[0].Body));
        Assert.IsType<LiquidOutputNode>(template.Nodes[1]);
    }

    [Fact]
    public void Crossed_end_tags_are_one_error()
    {
        var template = LiquidParser.Parse("{% if a %}{% for x in y %}{% endif %}{% endfor %}");

        Assert.Equal("`{% for %}` is not closed: add `{% endfor %}`", Assert.Single(template.Errors).Message);
    }

    [Fact]
    public void A_stray_end_tag_is_still_reported_after_an_unrelated_early_close()
    {
        var messages = LiquidParser.Parse("{% if a %}{% for x in y %}{% endif %}{% endif %}").Errors.Select(error => error.Message);

        Assert.Equal(["`{% for %}` is not closed: add `{% endfor %}`", "`{% endif %}` has no matching `{% if %}`"], messages);
    }

    [Fact]
    public void Unclosed_block_before_the_first_when_is_one_error()
    {
        var template = LiquidParser.Parse("{% case a %}{% if b %}{% when 1 %}{% endcase %}");

        Assert.Equal("`{% if %}` is not closed: add `{% endif %}`", Assert.Single(template.Errors).Message);
    }

    [Fact]
    public void Missing_end_tag_before_a_branch_of_the_outer_block_is_one_error()
    {
        var template = LiquidParser.Parse("{% if a %}{% unless b %}{% else %}c{% endif %}");

        Assert.Equal("`{% unless %}` is not closed: add `{% endunless %}`", Assert.Single(template.Errors).Message);
    }

    [Fact]
    public void Case_when_after_an_unclosed_inner_block_is_one_error()
    {
        var template = LiquidParser.Parse("{% case a %}{% when 1 %}{% if b %}{% when 2 %}{% endcase %}");

        Assert.Equal("`{% if %}` is not closed: add `{% endif %}`", Assert.Single(template.Errors).Message);
        Assert.Equal(2, Assert.IsType<LiquidCaseNode>(Assert.Single(template.Nodes)).Whens.Count);
    }

    [Fact]
    public void Else_if_is_read_as_elsif_so_a_later_else_is_fine()
    {
        var template = LiquidParser.Parse("{% if a %}A{% else if b %}B{% else %}C{% endif %}");

        Assert.Single(template.Errors);
        var node = Assert.IsType<LiquidIfNode>(Assert.Single(template.Nodes));
        Assert.Equal(2, node.Branches.Count);
        Assert.NotNull(node.Else);
    }

    [Fact]
    public void Broken_block_header_still_matches_its_end_tag()
    {
        var template = LiquidParser.Parse("{% if a = 1 %}x{% endif %}{% for in %}{% endfor %}");

        Assert.Equal(["unexpected `=`", "expected a variable name after `for`"], template.Errors.Select(error => error.Message));
    }

    [Fact]
    public void Several_independent_mistakes_are_each_reported_once()
    {
        const string text = "{{ a | upcasee }} {% foo %} {{ b | downcasee | upcasee }} {% endfor %} {% if x %}";
        var messages = LiquidParser.Parse(text).Errors.Select(error => error.Message);

        Assert.Equal(
            [
                "unknown filter `upcasee`",
                "unknown tag `{% foo %}`",
                "unknown filter `downcasee`",
                "unknown filter `upcasee`",
                "`{% endfor %}` has no matching `{% for %}`",
                "`{% if %}` is not closed: add `{% endif %}`",
            ],
            messages);
    }

    [Fact]
    public void Only_the_first_syntax_error_of_one_tag_is_reported()
    {
        Assert.Equal("expected a value after `==`", SingleError("{{ x }}{% if a == and b != %}{% endif %}").Message);
    }

    [Fact]
    public void Content_before_the_first_when_is_reported_once()
    {
        var error = SingleError("{% case a %}x{{ y }}{% if z %}{% endif %}{% when 1 %}{% endcase %}");

        Assert.Equal((12, 1), (error.Offset, error.Length));
    }

    [Fact]
    public void Too_deep_nesting_is_one_error()
    {
        var text = string.Concat(Enumerable.Repeat("{% if a %}", 150)) + string.Concat(Enumerable.Repeat("{% endif %}", 150));
        var error = SingleError(text);

        Assert.Equal("blocks are nested more than 100 levels deep", error.Message);
        Assert.Equal(100 * "{% if a %}".Length, error.Offset);
    }

    [Fact]
    public void Too_deep_brackets_are_one_error()
    {
        var text = "{{ " + string.Concat(Enumerable.Repeat("a[", 40)) + "0" + new string(']', 40) + " }}";

        Assert.Equal("this value is nested more than 32 levels deep", SingleError(text).Message);
    }

    [Fact]
    public void Too_long_condition_is_one_error()
    {
        var text = "{% if a" + string.Concat(Enumerable.Repeat(" and a", 150)) + " %}{% endif %}";

        Assert.Equal("this condition has more than 100 parts: split it up", SingleError(text).Message);
    }

    [Fact]
    public void Errors_are_in_text_order()
    {
        var offsets = LiquidParser.Parse("{% if a %}{{ b | nope }}{% foo %}").Errors.Select(error => error.Offset).ToList();

        Assert.Equal(offsets.Order(), offsets);
    }
}
