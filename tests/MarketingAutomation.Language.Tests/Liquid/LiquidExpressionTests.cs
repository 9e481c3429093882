using MarketingAutomation.Language.Liquid;
using static MarketingAutomation.Language.Tests.Liquid.LiquidAssert;

namespace MarketingAutomation.Language.Tests.Liquid;

public sealed class LiquidExpressionTests
{
    private static LiquidExpression OutputValue(string markup) => SingleNode<LiquidOutputNode>("{{ " + markup + " }}").Value;

    private static LiquidExpression Condition(string markup) =>
        SingleNode<LiquidIfNode>("{% if " + markup + " %}{% endif %}").Branches[0].Condition;

    [Theory]
    [InlineData("\"double\"", "double")]
    [InlineData("'single'", "single")]
    [InlineData("\"it's\"", "it's")]
    [InlineData("''", "")]
    public void String_literals_take_either_quote(string markup, string expected)
    {
        Assert.Equal(expected, Assert.IsType<LiquidStringLiteral>(OutputValue(markup)).Value);
    }

    [Theory]
    [InlineData("42", 42, true)]
    [InlineData("-7", -7, true)]
    [InlineData("3.25", 3.25, false)]
    [InlineData("-0.5", -0.5, false)]
    public void Number_literals_know_integers_from_decimals(string markup, double expected, bool isInteger)
    {
        var number = Assert.IsType<LiquidNumberLiteral>(OutputValue(markup));

        Assert.Equal((decimal)expected, number.Value);
        Assert.Equal(isInteger, number.IsInteger);
    }

    [Fact]
    public void Keyword_literals()
    {
        Assert.True(Assert.IsType<LiquidBooleanLiteral>(OutputValue("true")).Value);
        Assert.False(Assert.IsType<LiquidBooleanLiteral>(OutputValue("false")).Value);
        Assert.IsType<LiquidNilLiteral>(OutputValue("nil"));
        Assert.IsType<LiquidNilLiteral>(OutputValue("null"));
        Assert.IsType<LiquidEmptyLiteral>(OutputValue("empty"));
        Assert.IsType<LiquidBlankLiteral>(OutputValue("blank"));
    }

    [Fact]
    public void Keywords_followed_by_a_member_are_variables()
    {
        Assert.Equal("empty", Assert.IsType<LiquidVariable>(OutputValue("empty.size")).Name);
    }

    [Fact]
    public void Variable_path_with_members_and_indexes()
    {
        const string markup = "order.items[0][\"sku code\"][key].price";
        var variable = Assert.IsType<LiquidVariable>(OutputValue(markup));

        Assert.Equal("order", variable.Name);
        Assert.Collection(
            variable.Accessors,
            accessor => Assert.Equal("items", Assert.IsType<LiquidMemberAccessor>(accessor).Name),
            accessor => Assert.IsType<LiquidNumberLiteral>(Assert.IsType<LiquidIndexAccessor>(accessor).Index),
            accessor => Assert.Equal("sku code", Assert.IsType<LiquidMemberAccessor>(accessor).Name),
            accessor => Assert.IsType<LiquidVariable>(Assert.IsType<LiquidIndexAccessor>(accessor).Index),
            accessor => Assert.Equal("price", Assert.IsType<LiquidMemberAccessor>(accessor).Name));
        Assert.Equal((3, markup.Length), (variable.Offset, variable.Length));
    }

    [Theory]
    [InlineData("product.available?")]
    [InlineData("page.some-handle")]
    [InlineData("list.first.size")]
    [InlineData("_private")]
    public void Liquid_name_characters(string markup)
    {
        Assert.IsType<LiquidVariable>(OutputValue(markup));
    }

    [Fact]
    public void Ranges_take_literals_or_variables()
    {
        var range = Assert.IsType<LiquidRange>(OutputValue("(start..contact.count)"));

        Assert.Equal("start", Assert.IsType<LiquidVariable>(range.Start).Name);
        Assert.IsType<LiquidVariable>(range.End);
    }

    [Theory]
    [InlineData("==", LiquidOperator.Equal)]
    [InlineData("!=", LiquidOperator.NotEqual)]
    [InlineData("<>", LiquidOperator.NotEqual)]
    [InlineData("<", LiquidOperator.Less)]
    [InlineData(">", LiquidOperator.Greater)]
    [InlineData("<=", LiquidOperator.LessOrEqual)]
    [InlineData(">=", LiquidOperator.GreaterOrEqual)]
    [InlineData("contains", LiquidOperator.Contains)]
    public void Comparisons(string written, LiquidOperator expected)
    {
        var comparison = Assert.IsType<LiquidBinaryExpression>(Condition("a " + written + " 1"));

        Assert.Equal(expected, comparison.Operator);
        Assert.IsType<LiquidVariable>(comparison.Left);
        Assert.IsType<LiquidNumberLiteral>(comparison.Right);
    }

    [Fact]
    public void And_or_group_from_the_right_as_liquid_evaluates_them()
    {
        var top = Assert.IsType<LiquidBinaryExpression>(Condition("a or b and c == 1"));

        Assert.Equal(LiquidOperator.Or, top.Operator);
        Assert.Equal("a", Assert.IsType<LiquidVariable>(top.Left).Name);
        var right = Assert.IsType<LiquidBinaryExpression>(top.Right);
        Assert.Equal(LiquidOperator.And, right.Operator);
        Assert.Equal(LiquidOperator.Equal, Assert.IsType<LiquidBinaryExpression>(right.Right).Operator);
        Assert.Equal((6, 17), (top.Offset, top.Length));
    }

    [Fact]
    public void Comparison_against_keywords()
    {
        var comparison = Assert.IsType<LiquidBinaryExpression>(Condition("contact.phone == blank or items != empty"));

        Assert.IsType<LiquidBlankLiteral>(Assert.IsType<LiquidBinaryExpression>(comparison.Left).Right);
        Assert.IsType<LiquidEmptyLiteral>(Assert.IsType<LiquidBinaryExpression>(comparison.Right).Right);
    }
}
