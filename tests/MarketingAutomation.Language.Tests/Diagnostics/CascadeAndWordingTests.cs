namespace MarketingAutomation.Language.Tests.Diagnostics;

/// <summary>
/// Mistakes that could be reported more than once (or not at all): one mistake gives one
/// diagnostic (docs/diagnostics.md), and messages read as plain English.
/// </summary>
public sealed class CascadeAndWordingTests
{
    [Theory]
    // The arguments of an unknown function are not bound: a template or event name there must
    // not also be reported as an unknown name (MA2001).
    [InlineData("journey j {\n  when signed_up\n  if opend(welcome) {\n    tag \"reader\"\n  }\n}\n", "MA2016")]
    [InlineData("journey j {\n  when signed_up\n  if count_of(order_placed) > 2 {\n    tag \"buyer\"\n  }\n}\n", "MA2016")]
    // When the left side of a comparison is unknown, a bare name on the right (an enum value or a
    // template) cannot be judged and must not be reported too.
    [InlineData("journey j {\n  when email.opend where event.template == welcome\n  tag \"reader\"\n}\n", "MA2004")]
    [InlineData("journey j {\n  when signed_up\n  if plan == pro {\n    tag \"pro\"\n  }\n}\n", "MA2001")]
    // A template on an unknown channel must not be treated as an email template: no missing
    // subject (MA6004), and no channel mismatch (MA3005) when it is sent by its intended channel.
    [InlineData("template smss reminder \"Your cart is waiting.\"\n\njourney j {\n  when signed_up\n  send sms reminder\n}\n", "MA2017")]
    public void One_mistake_gives_one_diagnostic(string sample, string code)
    {
        var diagnostics = WorkspaceChecker.CheckWithPrelude(sample).InSample();

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(code, diagnostic.Code);
    }

    [Fact]
    public void A_dangling_operator_gives_one_syntax_error_and_nothing_else()
    {
        // `and` at the end of the segment must not swallow the next declaration: only the syntax
        // error is reported, not MA2018 (segment unused), MA2001 (`journey`) or MA2011.
        const string sample =
            "segment pros = contact.plan == pro and\n" +
            "\n" +
            "journey b {\n" +
            "  when contact enters pros\n" +
            "  send email welcome\n" +
            "}\n";

        var diagnostics = WorkspaceChecker.CheckWithPrelude(sample).InSample();

        var diagnostic = Assert.Single(diagnostics);
        Assert.StartsWith("MA1", diagnostic.Code, StringComparison.Ordinal);
    }

    [Theory]
    // A negated duration literal is a negative duration and out of range.
    [InlineData("journey j {\n  when signed_up\n  wait -2d\n  send email welcome\n}\n")]
    [InlineData("journey j {\n  when signed_up\n  wait for order_placed up to -1d {\n    timeout { tag \"no order\" }\n  }\n}\n")]
    [InlineData("test \"t\" for onboarding {\n  contact { email: \"ala@example.com\", first_name: \"Ala\", plan: free }\n  at -1d event signed_up { source: \"web\" }\n  expect send email welcome\n}\n")]
    public void A_negative_duration_is_out_of_range(string sample)
    {
        var diagnostics = WorkspaceChecker.CheckWithPrelude(sample).InSample();

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("MA5001", diagnostic.Code);
    }

    [Theory]
    // Messages read "`welcome` is an email template" and "An sms template has no subject", not "a email" or "A sms".
    [InlineData("journey j {\n  when signed_up\n  send sms welcome\n}\n", "MA3005")]
    [InlineData("template sms promo {\n  subject \"Sale\"\n  body \"20% off\"\n}\njourney j {\n  when signed_up\n  send sms promo\n}\n", "MA6007")]
    public void Messages_use_the_right_article(string sample, string code)
    {
        var diagnostic = Assert.Single(WorkspaceChecker.CheckWithPrelude(sample).InSample());

        Assert.Equal(code, diagnostic.Code);
        Assert.DoesNotMatch(@"\b[Aa] (email|sms)\b", diagnostic.Message);
    }
}
