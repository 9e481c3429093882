using MarketingAutomation.Language.Liquid;
using static MarketingAutomation.Language.Tests.Liquid.LiquidAssert;

namespace MarketingAutomation.Language.Tests.Liquid;

public sealed class LiquidNodeTests
{
    [Fact]
    public void Plain_text_is_one_text_node()
    {
        var node = SingleNode<LiquidTextNode>("Hello, world");

        Assert.Equal(new LiquidTextNode("Hello, world", 0, 12), node);
    }

    [Fact]
    public void Empty_template_has_no_nodes()
    {
        var template = Valid(string.Empty);

        Assert.Empty(template.Nodes);
        Assert.Empty(template.References);
    }

    [Fact]
    public void Output_keeps_value_and_filters_with_arguments()
    {
        const string text = "{{ contact.first_name | default: \"friend\" | truncate: 10, \"...\" | where: \"plan\", allow_false: true }}";
        var output = SingleNode<LiquidOutputNode>(text);

        var variable = Assert.IsType<LiquidVariable>(output.Value);
        Assert.Equal("contact", variable.Name);
        Assert.Equal(["default", "truncate", "where"], output.Filters.Select(filter => filter.Name));
        Assert.Equal("friend", Assert.IsType<LiquidStringLiteral>(Assert.Single(output.Filters[0].Arguments).Value).Value);
        Assert.Equal(2, output.Filters[1].Arguments.Count);
        Assert.Equal("allow_false", output.Filters[2].Arguments[1].Name);
        Assert.Null(output.Filters[2].Arguments[0].Name);
        Assert.Equal("truncate: 10, \"...\"", Underlined(text, output.Filters[1].Offset, output.Filters[1].Length));
        Assert.Equal((0, text.Length), (output.Offset, output.Length));
    }

    [Fact]
    public void If_keeps_each_branch_and_else()
    {
        const string text = "{% if a %}A{% elsif b %}B{% elsif c %}C{% else %}D{% endif %}";
        var node = SingleNode<LiquidIfNode>(text);

        Assert.Equal(3, node.Branches.Count);
        Assert.Equal(["A", "B", "C"], node.Branches.Select(branch => Assert.IsType<LiquidTextNode>(Assert.Single(branch.Body)).Text));
        Assert.Equal("D", Assert.IsType<LiquidTextNode>(Assert.Single(node.Else ?? [])).Text);
        Assert.Equal("{% elsif b %}B", Underlined(text, node.Branches[1].Offset, node.Branches[1].Length));
        Assert.Equal("{% elsif c %}C", Underlined(text, node.Branches[2].Offset, node.Branches[2].Length));
        Assert.Equal((0, text.Length), (node.Offset, node.Length));
    }

    [Fact]
    public void If_without_else_has_null_else()
    {
        var node = SingleNode<LiquidIfNode>("{% if a %}A{% endif %}");

        Assert.Null(node.Else);
    }

    [Fact]
    public void Unless_is_its_own_node_and_accepts_elsif()
    {
        var node = SingleNode<LiquidUnlessNode>("{% unless contact.vip %}Upgrade!{% elsif x %}X{% else %}Thanks{% endunless %}");

        Assert.Equal(2, node.Branches.Count);
        Assert.IsType<LiquidVariable>(node.Branches[0].Condition);
        Assert.NotNull(node.Else);
    }

    [Fact]
    public void Case_keeps_subject_whens_with_several_values_and_else()
    {
        const string text = "{% case contact.plan %}\n  {% when \"free\" %}F{% when \"pro\", \"team\" or \"enterprise\" %}P{% else %}?{% endcase %}";
        var node = SingleNode<LiquidCaseNode>(text);

        Assert.Equal("contact.plan", Underlined(text, node.Subject.Offset, node.Subject.Length));
        Assert.Equal(2, node.Whens.Count);
        Assert.Single(node.Whens[0].Values);
        Assert.Equal(["pro", "team", "enterprise"], node.Whens[1].Values.Select(value => Assert.IsType<LiquidStringLiteral>(value).Value));
        Assert.Equal("P", Assert.IsType<LiquidTextNode>(Assert.Single(node.Whens[1].Body)).Text);
        Assert.Equal("?", Assert.IsType<LiquidTextNode>(Assert.Single(node.Else ?? [])).Text);
    }

    [Fact]
    public void For_keeps_variable_collection_options_and_else()
    {
        var node = SingleNode<LiquidForNode>("{% for item in order.items limit: 2 offset: 1 reversed %}{{ item.sku }}{% else %}none{% endfor %}");

        Assert.Equal("item", node.Variable);
        Assert.Equal("order", Assert.IsType<LiquidVariable>(node.Collection).Name);
        Assert.Equal(2m, Assert.IsType<LiquidNumberLiteral>(node.Limit).Value);
        Assert.Equal(1m, Assert.IsType<LiquidNumberLiteral>(node.Skip).Value);
        Assert.True(node.Reversed);
        Assert.IsType<LiquidOutputNode>(Assert.Single(node.Body));
        Assert.Equal("none", Assert.IsType<LiquidTextNode>(Assert.Single(node.Else ?? [])).Text);
    }

    [Fact]
    public void For_options_may_come_in_any_order_with_commas()
    {
        var node = SingleNode<LiquidForNode>("{% for i in list reversed, offset: n limit: 3 %}{% endfor %}");

        Assert.True(node.Reversed);
        Assert.IsType<LiquidVariable>(node.Skip);
        Assert.IsType<LiquidNumberLiteral>(node.Limit);
        Assert.Empty(node.Body);
        Assert.Null(node.Else);
    }

    [Fact]
    public void For_over_a_range()
    {
        var node = SingleNode<LiquidForNode>("{% for i in (1..contact.stars) %}*{% endfor %}");

        var range = Assert.IsType<LiquidRange>(node.Collection);
        Assert.IsType<LiquidNumberLiteral>(range.Start);
        Assert.IsType<LiquidVariable>(range.End);
        Assert.False(node.Reversed);
        Assert.Null(node.Limit);
    }

    [Fact]
    public void Break_and_continue_are_nodes()
    {
        var node = SingleNode<LiquidForNode>("{% for i in list %}{% if i %}{% break %}{% else %}{% continue %}{% endif %}{% endfor %}");

        var ifNode = Assert.IsType<LiquidIfNode>(Assert.Single(node.Body));
        Assert.IsType<LiquidBreakNode>(Assert.Single(ifNode.Branches[0].Body));
        Assert.IsType<LiquidContinueNode>(Assert.Single(ifNode.Else ?? []));
    }

    [Fact]
    public void Assign_keeps_name_value_and_filters()
    {
        var node = SingleNode<LiquidAssignNode>("{% assign greeting = \"Hi \" | append: contact.first_name %}");

        Assert.Equal("greeting", node.Name);
        Assert.Equal("Hi ", Assert.IsType<LiquidStringLiteral>(node.Value).Value);
        Assert.Equal("append", Assert.Single(node.Filters).Name);
    }

    [Fact]
    public void Capture_keeps_name_and_body()
    {
        var node = SingleNode<LiquidCaptureNode>("{% capture full_name %}{{ a }} {{ b }}{% endcapture %}");

        Assert.Equal("full_name", node.Name);
        Assert.Equal(3, node.Body.Count);
    }

    [Fact]
    public void Capture_name_may_be_quoted()
    {
        Assert.Equal("title", SingleNode<LiquidCaptureNode>("{% capture \"title\" %}x{% endcapture %}").Name);
    }

    [Fact]
    public void Comment_content_is_not_parsed()
    {
        const string text = "{% comment %} {{ broken {% nonsense %} {% endcomment %}";
        var node = SingleNode<LiquidCommentNode>(text);

        Assert.Equal(" {{ broken {% nonsense %} ", node.Text);
        Assert.Equal((0, text.Length), (node.Offset, node.Length));
    }

    [Fact]
    public void Comments_nest()
    {
        var template = Valid("{% comment %}a{% comment %}b{% endcomment %}c{% endcomment %}d");

        Assert.Equal("a{% comment %}b{% endcomment %}c", Assert.IsType<LiquidCommentNode>(template.Nodes[0]).Text);
        Assert.Equal("d", Assert.IsType<LiquidTextNode>(template.Nodes[1]).Text);
    }

    [Fact]
    public void Inline_comment_is_a_comment_node()
    {
        Assert.Equal("say hello", SingleNode<LiquidCommentNode>("{% # say hello %}").Text);
    }

    [Fact]
    public void Raw_keeps_liquid_syntax_as_text()
    {
        var node = SingleNode<LiquidRawNode>("{% raw %}{{ contact.name }} {% if %}{% endraw %}");

        Assert.Equal("{{ contact.name }} {% if %}", node.Text);
    }

    [Fact]
    public void Blocks_nest()
    {
        var template = Valid("{% for a in x %}{% for b in a %}{% if b %}{% case b %}{% when 1 %}{% unless c %}{% capture d %}{% endcapture %}{% endunless %}{% endcase %}{% endif %}{% endfor %}{% endfor %}");

        var outer = Assert.IsType<LiquidForNode>(Assert.Single(template.Nodes));
        var inner = Assert.IsType<LiquidForNode>(Assert.Single(outer.Body));
        var ifNode = Assert.IsType<LiquidIfNode>(Assert.Single(inner.Body));
        var caseNode = Assert.IsType<LiquidCaseNode>(Assert.Single(ifNode.Branches[0].Body));
        var unless = Assert.IsType<LiquidUnlessNode>(Assert.Single(caseNode.Whens[0].Body));
        Assert.IsType<LiquidCaptureNode>(Assert.Single(unless.Branches[0].Body));
    }

    [Fact]
    public void Mixed_content_keeps_text_order_and_offsets()
    {
        const string text = "Hi {{ name }}, {% if vip %}VIP{% endif %}!";
        var nodes = Valid(text).Nodes;

        Assert.Equal(["Hi ", "{{ name }}", ", ", "{% if vip %}VIP{% endif %}", "!"], nodes.Select(node => Underlined(text, node.Offset, node.Length)));
    }

    [Fact]
    public void A_realistic_email_body_is_valid()
    {
        const string text = """
            {%- assign name = contact.first_name | default: "there" | capitalize -%}
            <p>Hi {{ name }},</p>
            {% if contact.plan == "free" and contact.lifetime_value > 100 %}
              <p>Time to upgrade?</p>
            {% elsif contact.plan contains "pro" or contact.tags contains 'beta' %}
              <p>Thanks for being with us.</p>
            {% endif %}
            <ul>
            {% for item in event.items limit: 3 %}
              <li>{{ forloop.index }}. {{ item.name | escape }} &ndash; {{ item.price | money }}</li>
            {% endfor %}
            </ul>
            {% comment %} tracking pixel below {% endcomment %}
            <img src="https://t.example.com/o?id={{ contact.id | url_encode }}">
            """;

        var template = Valid(text);

        Assert.Equal(
            ["contact.first_name", "contact.plan", "contact.lifetime_value", "contact.plan", "contact.tags", "event.items", "contact.id"],
            template.References.Select(reference => string.Join('.', reference.Path)));
    }
}
