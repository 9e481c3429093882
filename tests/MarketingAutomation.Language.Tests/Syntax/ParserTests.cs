using MarketingAutomation.Language.Syntax;
using MarketingAutomation.Language.Text;

namespace MarketingAutomation.Language.Tests.Syntax;

public sealed class ParserTests
{
    private static SyntaxTree Parse(string text) => SyntaxTree.Parse(new SourceText("test.journey", text));

    private static string TextOf(SyntaxTree tree, SyntaxNode node) => tree.Source.Text.Substring(node.Span.Start, node.Span.Length);

    [Fact]
    public void Every_declaration_kind_parses_without_errors()
    {
        var tree = Parse("""
            contact { email: email, plan: enum(free, pro) = free, tags: list(text)? }
            event order_placed { total: money }
            template email welcome { subject "Hi" body file "templates/welcome.liquid" }
            template sms nudge "Hello {{ contact.email }}"
            segment vip = contact.plan == pro and not (contact.email ends_with "@example.com")
            score engagement { on email.opened +1 where event.template == welcome max 3 per 1d  decay 10% every 30d }
            lifecycle { lead -> customer }
            policy { quiet hours 21:00..08:00 local  at most 3 email per 7d }
            connection crm
            journey j { when order_placed where event.total > 10  entry every time, at most once per 7d  send email welcome }
            test "t" for j { contact { email: "a@example.com" } at 0s event order_placed { total: 5 } expect no send email welcome at 1d }
            """);
        Assert.Empty(tree.Diagnostics);
        Assert.Equal(
            ["Contact", "Event", "Template", "Template", "Segment", "Score", "Lifecycle", "Policy", "Connection", "Journey", "Test"],
            tree.Root.Declarations.Select(d => d.GetType().Name.Replace("DeclarationSyntax", string.Empty)));
    }

    [Fact]
    public void Spans_cover_exactly_the_source_of_each_node()
    {
        var tree = Parse("journey welcome {\n  when signed_up\n  wait 2d\n  send email welcome_1 with { cart: event.cart_id }\n}\n");
        var journey = Assert.IsType<JourneyDeclarationSyntax>(Assert.Single(tree.Root.Declarations));
        Assert.Equal("welcome", TextOf(tree, journey.Name));
        Assert.StartsWith("journey welcome {", TextOf(tree, journey));
        Assert.EndsWith("}", TextOf(tree, journey));
        Assert.Equal("when signed_up", TextOf(tree, journey.Clauses[0]));
        Assert.Equal("wait 2d", TextOf(tree, journey.Steps[0]));
        var send = Assert.IsType<SendStatementSyntax>(journey.Steps[1]);
        Assert.Equal("send email welcome_1 with { cart: event.cart_id }", TextOf(tree, send));
        var argument = Assert.Single(send.Arguments?.Properties ?? []);
        Assert.Equal("event.cart_id", TextOf(tree, argument.Value));
        Assert.Equal("cart_id", TextOf(tree, ((MemberExpressionSyntax)argument.Value).Member));
    }

    [Fact]
    public void Not_binds_looser_than_comparison_and_and_tighter_than_or()
    {
        var tree = Parse("segment s = not contact.a == 1 and contact.b or contact.c");
        var segment = Assert.IsType<SegmentDeclarationSyntax>(Assert.Single(tree.Root.Declarations));
        var or = Assert.IsType<BinaryExpressionSyntax>(segment.Condition);
        Assert.Equal(BinaryOperator.Or, or.Operator);
        var and = Assert.IsType<BinaryExpressionSyntax>(or.Left);
        Assert.Equal(BinaryOperator.And, and.Operator);
        var not = Assert.IsType<UnaryExpressionSyntax>(and.Left);
        Assert.Equal(UnaryOperator.Not, not.Operator);
        Assert.Equal(BinaryOperator.Equal, Assert.IsType<BinaryExpressionSyntax>(not.Operand).Operator);
    }

    [Fact]
    public void Literals_are_decoded()
    {
        var tree = Parse("""segment s = contact.a == "q\"\\\n\u0041" and contact.d > 2026-02-28 and contact.t < 09:30 and contact.w > 2w""");
        var literals = Descendants(((SegmentDeclarationSyntax)tree.Root.Declarations[0]).Condition).OfType<LiteralSyntax>().ToList();
        Assert.Equal("q\"\\\nA", Assert.IsType<StringLiteralSyntax>(literals[0]).Value);
        Assert.Equal(new DateOnly(2026, 2, 28), Assert.IsType<DateLiteralSyntax>(literals[1]).Value);
        Assert.Equal((9, 30), (((TimeLiteralSyntax)literals[2]).Hour, ((TimeLiteralSyntax)literals[2]).Minute));
        Assert.Equal(TimeSpan.FromDays(14), Assert.IsType<DurationLiteralSyntax>(literals[3]).Value);
    }

    [Fact]
    public void Comment_lines_directly_above_a_declaration_document_it()
    {
        var tree = Parse("// unrelated\n\n// Customers who spend a lot.\n// Reviewed monthly.\nsegment vip = contact.ltv > 1000\n");
        Assert.Equal("Customers who spend a lot.\nReviewed monthly.", tree.Root.Declarations[0].Documentation);
    }

    [Fact]
    public void A_typo_in_a_step_gives_one_error_in_the_languages_words()
    {
        var tree = Parse("journey j {\n  when signed_up\n  sned email welcome\n  wait 2d\n  send emial x y z\n}\n");
        var error = Assert.Single(tree.Diagnostics);
        Assert.Equal("MA1001", error.Code);
        Assert.Equal(new LinePosition(2, 2), error.Start);
        Assert.Contains("found `sned`", error.Message);
        Assert.DoesNotContain("mismatched", error.Message);
    }

    [Fact]
    public void Errors_in_separate_declarations_are_each_reported()
    {
        var tree = Parse("event a { x: }\nevent b { y text }\nsegment c = contact.x ==");
        Assert.Equal(3, tree.Diagnostics.Count);
        Assert.Equal([0, 1, 2], tree.Diagnostics.Select(d => d.Start.Line));
    }

    [Theory]
    [InlineData("template sms t \"unclosed\n", "MA1002")]
    [InlineData("segment s = contact.a # 1", "MA1003")]
    [InlineData("/* never closed\nsegment s = true", "MA1004")]
    [InlineData("segment s = contact.a == \"\\q\"", "MA5006")]
    public void Lexical_problems_have_their_own_codes(string text, string code)
    {
        Assert.Contains(Parse(text).Diagnostics, d => d.Code == code);
    }

    [Fact]
    public void Deep_nesting_is_refused_with_one_error_instead_of_overflowing_the_stack()
    {
        var tree = Parse("segment s = " + new string('(', 50_000) + "true" + new string(')', 50_000));
        var error = Assert.Single(tree.Diagnostics);
        Assert.Equal("MA1005", error.Code);
    }

    private static IEnumerable<SyntaxNode> Descendants(SyntaxNode node)
    {
        yield return node;
        var children = node switch
        {
            BinaryExpressionSyntax b => [b.Left, b.Right],
            UnaryExpressionSyntax u => [u.Operand],
            ParenthesizedExpressionSyntax p => [p.Inner],
            _ => Array.Empty<SyntaxNode>(),
        };
        foreach (var child in children)
        {
            foreach (var descendant in Descendants(child))
            {
                yield return descendant;
            }
        }
    }
}
