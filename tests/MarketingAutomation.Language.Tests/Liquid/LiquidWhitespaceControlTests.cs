using MarketingAutomation.Language.Liquid;
using static MarketingAutomation.Language.Tests.Liquid.LiquidAssert;

namespace MarketingAutomation.Language.Tests.Liquid;

public sealed class LiquidWhitespaceControlTests
{
    private static string[] Texts(IEnumerable<LiquidNode> nodes) =>
        nodes.OfType<LiquidTextNode>().Select(node => node.Text).ToArray();

    [Fact]
    public void Output_dashes_trim_the_neighbouring_whitespace_and_newlines()
    {
        const string text = "a  \n {{- x -}} \n\t b";
        var nodes = Valid(text).Nodes;

        Assert.Equal(["a", "b"], Texts(nodes));
        Assert.Equal("x", Assert.IsType<LiquidVariable>(Assert.IsType<LiquidOutputNode>(nodes[1]).Value).Name);
    }

    [Fact]
    public void Trimmed_text_keeps_its_original_span()
    {
        const string text = "a  {{- x }}";
        var node = Assert.IsType<LiquidTextNode>(Valid(text).Nodes[0]);

        Assert.Equal(("a", 0, 3), (node.Text, node.Offset, node.Length));
    }

    [Fact]
    public void Tag_dashes_trim_inside_and_outside_blocks()
    {
        const string text = "<p>\n  {%- if x -%}\n    yes\n  {%- else -%}\n    no\n  {%- endif -%}\n</p>";
        var nodes = Valid(text).Nodes;

        Assert.Equal(["<p>", "</p>"], Texts(nodes));
        var ifNode = Assert.IsType<LiquidIfNode>(nodes[1]);
        Assert.Equal(["yes"], Texts(ifNode.Branches[0].Body));
        Assert.Equal(["no"], Texts(ifNode.Else ?? []));
    }

    [Fact]
    public void Whitespace_is_kept_without_dashes()
    {
        Assert.Equal([" a ", " b "], Texts(Valid(" a {{ x }} b ").Nodes));
    }

    [Fact]
    public void One_sided_dashes_trim_one_side()
    {
        Assert.Equal([" a", " b ", "c "], Texts(Valid(" a {{- x }} b {{ y -}} c ").Nodes));
    }

    [Fact]
    public void Text_trimmed_to_nothing_leaves_no_node()
    {
        var nodes = Valid("{{ a -}}  \n  {{- b }}").Nodes;

        Assert.Equal(2, nodes.Count);
        Assert.All(nodes, node => Assert.IsType<LiquidOutputNode>(node));
    }

    [Fact]
    public void Dashes_touching_the_value_are_still_whitespace_control()
    {
        var output = SingleNode<LiquidOutputNode>("{{-x-}}");

        Assert.Equal("x", Assert.IsType<LiquidVariable>(output.Value).Name);
    }

    [Fact]
    public void A_negative_number_after_a_dash_stays_negative()
    {
        var output = SingleNode<LiquidOutputNode>("{{- -5 -}}");

        Assert.Equal(-5m, Assert.IsType<LiquidNumberLiteral>(output.Value).Value);
    }

    [Fact]
    public void Raw_dashes_trim_outside_and_inside()
    {
        var nodes = Valid("a {%- raw -%}  {{ x }}  {%- endraw -%} b").Nodes;

        Assert.Equal(["a", "b"], Texts(nodes));
        Assert.Equal("{{ x }}", Assert.IsType<LiquidRawNode>(nodes[1]).Text);
    }

    [Fact]
    public void Comment_dashes_trim_outside()
    {
        Assert.Equal(["a", "b"], Texts(Valid("a {%- comment %} x {% endcomment -%} b").Nodes));
    }

    [Fact]
    public void End_tags_with_dashes_and_no_spaces_match()
    {
        var template = Valid("{%-if x-%}{%-for i in l-%}{%-endfor-%}{%-endif-%}{%-raw-%}r{%-endraw-%}{%-comment-%}c{%-endcomment-%}");

        Assert.Equal(3, template.Nodes.Count);
    }
}
