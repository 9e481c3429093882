using System.Text.RegularExpressions;
using MarketingAutomation.Language.Diagnostics;
using MarketingAutomation.Language.Text;

namespace MarketingAutomation.Language.Tests.Diagnostics;

/// <summary>Syntax errors are phrased in the language's words, and do not cascade into other errors.</summary>
public sealed partial class SyntaxErrorTests
{
    /// <summary>Phrases of ANTLR's own messages, which must never reach a user.</summary>
    private static readonly string[] GeneratorWords =
        ["mismatched input", "extraneous input", "no viable alternative", "<EOF>", "missing '", "token recognition error", "expecting {"];

    /// <summary>Scripts that make ANTLR's default error handling speak: each of its kinds of error.</summary>
    public static TheoryData<string> BrokenScripts() =>
    [
        "event refund { order_id text }",                                   // a missing token
        "event refund { order_id: text",                                    // missing `}` at the end of the file
        "journey j {\n  when signed_up\n  send email welcome\n",           // the same, in a journey
        "journey j {\n  when signed_up\n  send email welcome }}\n",        // an extraneous token
        "journey j {\n  when signed_up\n  wait 2 days\n}\n",               // no viable alternative
        "journey j {\n  when\n  send email welcome\n}\n",                  // a trigger missing
        "journey j {\n  when signed_up\n  if { tag \"x\" }\n}\n",         // a condition missing
        "segment s = contact.plan == == pro\n",                             // an operator twice
        "segment s = (contact.plan == pro\n",                               // a parenthesis not closed
        "segment s = contact.plan in [free, pro\n",                         // a list not closed
        "policy { quiet hours 21:00 08:00 }\n",                              // `..` missing
        "lifecycle { lead -> }\n",
        "test \"t\" for onboarding { expect }\n",
        "test for onboarding { expect goal }\n",
        "template email t { subject body \"x\" }\n",
        "score s { on +1 }\n",
        "contact { email: enum(a, b }\n",
        "}\n",
        "journey\n",
        "42\n",
        "\"just text\"\n",
        "journey j { when signed_up send email welcome with { a: } }\n",
    ];

    [Theory]
    [MemberData(nameof(BrokenScripts))]
    public void Syntax_errors_never_use_the_parser_generators_words(string script)
    {
        var diagnostics = WorkspaceChecker.CheckWithPrelude(script).InSample();

        var syntax = diagnostics.Where(d => d.Code.StartsWith("MA1", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(syntax);
        Assert.All(diagnostics, AssertPlainWords);
    }

    [Fact]
    public void Syntax_errors_of_every_truncation_and_deletion_use_plain_words()
    {
        // Every way of cutting the prelude short, and of dropping one of its tokens.
        var prelude = DiagnosticCatalog.Document.Prelude;
        var tokens = Token().Matches(prelude).Cast<Match>().ToList();
        var variants = tokens.Select(t => prelude[..(t.Index + t.Length)])
            .Concat(tokens.Select(t => prelude.Remove(t.Index, t.Length)))
            .Distinct();

        var checkedErrors = 0;
        foreach (var variant in variants)
        {
            foreach (var diagnostic in WorkspaceChecker.Check([new SourceText(WorkspaceChecker.SamplePath, variant)]))
            {
                AssertPlainWords(diagnostic);
                checkedErrors += diagnostic.Code.StartsWith("MA1", StringComparison.Ordinal) ? 1 : 0;
            }
        }

        Assert.True(checkedErrors > 50, $"Only {checkedErrors} syntax errors were produced; the test is not exercising the parser.");
    }

    [Fact]
    public void Only_the_first_syntax_error_of_a_declaration_is_reported()
    {
        const string script = "journey j {\n  when signed_up\n  wait 2 days\n  send email welcome )\n  tag x\n}\n";

        var diagnostic = Assert.Single(WorkspaceChecker.CheckWithPrelude(script).InSample());

        Assert.Equal("MA1001", diagnostic.Code);
        Assert.Equal(new LinePosition(2, 9), diagnostic.Start);
        Assert.Equal("Expected a clause (`when`, `entry`, `goal`, `leave when`, `holdout`), a step such as `send`, `wait`, `if`, `split`, `set`, `tag` or `exit`, or `}`, but found `days`.", diagnostic.Message);
    }

    [Fact]
    public void A_missing_token_is_reported_just_after_the_last_good_token()
    {
        const string script = "event refund {\n  order_id text\n}\n";

        var diagnostic = Assert.Single(WorkspaceChecker.CheckWithPrelude(script).InSample());

        Assert.Equal("MA1006", diagnostic.Code);
        Assert.Equal(new LinePosition(1, 10), diagnostic.Start);
        Assert.Equal(0, diagnostic.Span.Length);
        Assert.Equal("Missing `:` before the keyword `text`.", diagnostic.Message);
    }

    [Fact]
    public void A_syntax_error_in_a_journey_hides_its_semantic_errors_but_not_those_of_other_declarations()
    {
        const string script =
            "journey broken {\n" +
            "  when signed_up\n" +
            "  wait 2 days\n" +                    // the syntax error
            "  send email welcom\n" +              // MA2005 here is hidden: the journey is only partly understood
            "  stage custmer\n" +                  // and so is MA2008
            "}\n" +
            "\n" +
            "journey intact {\n" +
            "  when signed_up\n" +
            "  send email welcom\n" +              // reported: another declaration
            "}\n" +
            "\n" +
            "segment big = contact.lifetime_vlaue > 1000\n"; // reported as well

        var diagnostics = WorkspaceChecker.CheckWithPrelude(script).InSample();

        Assert.Collection(
            diagnostics,
            d => Assert.Equal(("MA1001", 2), (d.Code, d.Start.Line)),
            d => Assert.Equal(("MA2005", 9), (d.Code, d.Start.Line)),
            d => Assert.Equal(("MA2018", 12), (d.Code, d.Start.Line)),   // `big` is never used
            d => Assert.Equal(("MA2002", 12), (d.Code, d.Start.Line)));
    }

    [Fact]
    public void A_syntax_error_in_one_file_leaves_the_other_files_checked()
    {
        var diagnostics = WorkspaceChecker.Check(
        [
            new SourceText(WorkspaceChecker.PreludePath, DiagnosticCatalog.Document.Prelude),
            new SourceText("a.journey", "journey a {\n  when signed_up\n  wait 2 days\n  send email welcom\n}\n"),
            new SourceText("b.journey", "journey b {\n  when signed_up\n  send email welcom\n}\n"),
        ]).Where(d => d.IsError);

        Assert.Collection(
            diagnostics,
            d => Assert.Equal(("a.journey", "MA1001"), (d.Path, d.Code)),
            d => Assert.Equal(("b.journey", "MA2005"), (d.Path, d.Code)));
    }

    [Fact]
    public void A_broken_declaration_does_not_make_its_names_unknown_elsewhere()
    {
        // The journey has a syntax error, but it is still declared: starting it is fine.
        const string script =
            "journey broken {\n  when signed_up\n  wait 2 days\n}\n" +
            "journey starter {\n  when order_placed\n  start journey broken\n}\n";

        var diagnostic = Assert.Single(WorkspaceChecker.CheckWithPrelude(script).InSample());

        Assert.Equal("MA1001", diagnostic.Code);
    }

    [Fact]
    public void A_bad_character_is_reported_once_not_also_as_unexpected_input()
    {
        const string script = "journey j {\n  when order_placed where event.total > $100\n  tag \"big\"\n}\n";

        var diagnostic = Assert.Single(WorkspaceChecker.CheckWithPrelude(script).InSample());

        Assert.Equal("MA1003", diagnostic.Code);
        Assert.Equal("The character `$` has no meaning here.", diagnostic.Message);
        var edit = Assert.Single(Assert.IsType<CodeFix>(diagnostic.Fix).Edits);
        Assert.Equal(("$", string.Empty), (script.Substring(edit.Span.Start, edit.Span.Length), edit.NewText));
    }

    [Fact]
    public void An_unclosed_text_is_reported_once_with_a_fix_that_closes_it()
    {
        const string script = "journey j {\n  when signed_up\n  tag \"vip\n  send email welcome\n}\n";

        var diagnostic = Assert.Single(WorkspaceChecker.CheckWithPrelude(script).InSample());

        Assert.Equal("MA1002", diagnostic.Code);
        var edit = Assert.Single(Assert.IsType<CodeFix>(diagnostic.Fix).Edits);
        Assert.Equal(0, edit.Span.Length);
        Assert.Equal("\"", edit.NewText);
        Assert.Equal("  tag \"vip\"", script.Insert(edit.Span.Start, edit.NewText).Split('\n')[2]);
    }

    private static void AssertPlainWords(Diagnostic diagnostic)
    {
        foreach (var words in GeneratorWords)
        {
            Assert.False(
                diagnostic.Message.Contains(words, StringComparison.OrdinalIgnoreCase),
                $"The message of {diagnostic.Code} uses the parser generator's words ({words}): {diagnostic}");
        }

        Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message), $"{diagnostic.Code} has an empty message.");
    }

    // Words, texts, numbers with units, two-character operators and single characters.
    [GeneratedRegex(@"""[^""\n]*""|[0-9]+(?:[.:][0-9]+)?[smhdw%]?|\w+|->|\.\.|==|!=|<=|>=|\+=|-=|\S")]
    private static partial Regex Token();
}
