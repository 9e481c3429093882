using MarketingAutomation.Language.Liquid;
using MarketingAutomation.Language.Liquid.Rendering;
using static MarketingAutomation.Language.Tests.Liquid.RenderHelper;

namespace MarketingAutomation.Language.Tests.Liquid;

/// <summary>
/// What cannot be read shows as nothing. It is a problem only when it points at a mistake (a name
/// nobody passed, a field the object does not have), never for an empty optional field.
/// </summary>
public sealed class RenderMissingValueTests
{
    private static readonly Dictionary<string, object?> Values = Vars(
        ("contact", new Dictionary<string, object?> { ["first_name"] = "Ala", ["last_name"] = null, ["address"] = null }),
        ("name", "Ala"));

    [Fact]
    public void A_name_the_scope_does_not_define_is_empty_and_a_problem()
    {
        Assert.Equal("Hi !", WithProblem("Hi {{ cart }}!", "unknown value `cart`", Values));
    }

    [Fact]
    public void A_field_the_object_does_not_have_is_empty_and_a_problem()
    {
        Assert.Equal("Hi !", WithProblem("Hi {{ contact.nickname }}!", "unknown value `contact.nickname`", Values));
    }

    [Fact]
    public void An_empty_optional_field_is_empty_without_a_problem()
    {
        Assert.Equal("Ala ", Clean("{{ contact.first_name }} {{ contact.last_name }}", Values));
    }

    [Fact]
    public void A_field_of_an_empty_field_is_empty_without_a_problem()
    {
        Assert.Equal("[]", Clean("[{{ contact.address.city }}]", Values));
    }

    [Fact]
    public void A_field_of_a_plain_value_is_a_problem()
    {
        Assert.Equal("[]", WithProblem("[{{ name.city }}]", "`name` is a text and has no `city`", Values));
    }

    [Fact]
    public void Indexing_something_that_is_not_a_list_is_a_problem()
    {
        Assert.Equal("[]", WithProblem("[{{ name[0] }}]", "`name` is a text, not a list", Values));
    }

    [Fact]
    public void A_missing_value_in_a_condition_is_a_problem_too()
    {
        // Every name a template reads is checked before it is sent, so an undefined one is a host's mistake.
        Assert.Equal("no", WithProblem("{% if coupon %}yes{% else %}no{% endif %}", "unknown value `coupon`", Values));
    }

    [Fact]
    public void A_problem_repeated_in_a_loop_is_listed_once()
    {
        var result = Render("{% for i in (1..50) %}{{ cart }}{% endfor %}", Values);

        Assert.Equal(["unknown value `cart`"], result.Problems);
    }

    [Fact]
    public void Showing_a_whole_object_is_a_problem()
    {
        Assert.Equal(string.Empty, WithProblem("{{ contact }}", "`contact` is an object", Values));
    }

    [Fact]
    public void A_value_of_an_unknown_type_is_a_problem()
    {
        Assert.Equal(string.Empty, WithProblem("{{ thing }}", "`thing` holds a Uri value", Vars(("thing", new Uri("https://example.com")))));
    }

    [Fact]
    public void Syntax_errors_are_problems_and_the_rest_still_renders()
    {
        var template = LiquidParser.Parse("Hi {{ name }}{% if %}");
        var result = LiquidRenderer.Render(template, new TestScope(Values), Plain);

        Assert.StartsWith("Hi Ala", result.Text, StringComparison.Ordinal);
        Assert.Equal(template.Errors.Select(error => error.Message), result.Problems);
    }

    [Fact]
    public void An_unknown_filter_leaves_the_value_and_is_listed_once()
    {
        var template = LiquidParser.Parse("{{ name | shout }}");
        var result = LiquidRenderer.Render(template, new TestScope(Values), Plain);

        Assert.Equal("Ala", result.Text);
        Assert.Equal(["unknown filter `shout`"], result.Problems);
    }

    [Fact]
    public void Missing_arguments_give_a_problem_not_an_exception()
    {
        var result = LiquidRenderer.Render(null!, null!, null!);

        Assert.Equal(string.Empty, result.Text);
        Assert.Single(result.Problems);
    }

    [Fact]
    public void A_scope_that_throws_gives_a_problem_not_an_exception()
    {
        var result = LiquidRenderer.Render(LiquidParser.Parse("a{{ x }}b"), new ThrowingScope(), Plain);

        Assert.Equal("a", result.Text);
        Assert.Contains("rendering stopped: the store is down", Assert.Single(result.Problems));
    }

    private sealed class ThrowingScope : ILiquidScope
    {
        public bool TryGet(string name, out object? value) => throw new InvalidOperationException("the store is down");
    }
}
