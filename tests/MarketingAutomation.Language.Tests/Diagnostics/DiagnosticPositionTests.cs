using MarketingAutomation.Language.Diagnostics;
using MarketingAutomation.Language.Text;

namespace MarketingAutomation.Language.Tests.Diagnostics;

/// <summary>Where diagnostics point, and the "did you mean" fixes that come with them.</summary>
public sealed class DiagnosticPositionTests
{
    private const string MisspeltField =
        "journey greet {\n" +
        "  when signed_up\n" +
        "  if contact.frist_name == \"Ala\" {\n" +
        "    send email welcome\n" +
        "  }\n" +
        "}\n";

    [Fact]
    public void A_misspelt_field_is_reported_at_the_field_name()
    {
        var diagnostic = Assert.Single(WorkspaceChecker.CheckWithPrelude(MisspeltField).InSample());

        Assert.Equal("MA2002", diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(WorkspaceChecker.SamplePath, diagnostic.Path);
        Assert.Equal(new LinePosition(2, 13), diagnostic.Start);
        Assert.Equal(new LinePosition(2, 23), diagnostic.End);
        Assert.Equal("frist_name", Covered(MisspeltField, diagnostic.Span));
        Assert.Equal("The contact has no field `frist_name`. Did you mean `first_name`?", diagnostic.Message);
    }

    [Fact]
    public void The_one_line_form_counts_lines_and_columns_from_one()
    {
        var diagnostic = Assert.Single(WorkspaceChecker.CheckWithPrelude(MisspeltField).InSample());

        Assert.StartsWith("sample.journey(3,14): error MA2002: ", diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Positions_are_the_same_with_windows_line_breaks()
    {
        var crlf = MisspeltField.Replace("\n", "\r\n", StringComparison.Ordinal);

        var diagnostic = Assert.Single(WorkspaceChecker.CheckWithPrelude(crlf).InSample());

        Assert.Equal(new LinePosition(2, 13), diagnostic.Start);
        Assert.Equal("frist_name", Covered(crlf, diagnostic.Span));
    }

    [Fact]
    public void The_did_you_mean_fix_replaces_exactly_the_misspelt_name()
    {
        var diagnostic = Assert.Single(WorkspaceChecker.CheckWithPrelude(MisspeltField).InSample());

        var fix = Assert.IsType<CodeFix>(diagnostic.Fix);
        Assert.Equal("Change to `first_name`", fix.Title);
        var edit = Assert.Single(fix.Edits);
        Assert.Equal(diagnostic.Span, edit.Span);
        Assert.Equal("first_name", edit.NewText);

        var fixedText = Apply(MisspeltField, edit);
        Assert.Contains("if contact.first_name == \"Ala\" {", fixedText, StringComparison.Ordinal);
        Assert.Empty(WorkspaceChecker.CheckWithPrelude(fixedText).InSample());
    }

    [Theory]
    [InlineData("journey j {\n  when order_placd\n  tag \"buyer\"\n}\n", "MA2004", "order_placd", "order_placed")]
    [InlineData("journey j {\n  when email.opend\n  tag \"reader\"\n}\n", "MA2004", "email.opend", "email.opened")]
    [InlineData("journey j {\n  when signed_up\n  send email welcom\n}\n", "MA2005", "welcom", "welcome")]
    [InlineData("journey j {\n  when contact enters vpi\n  tag \"vip\"\n}\n", "MA2006", "vpi", "vip")]
    [InlineData("journey j {\n  when signed_up\n  set contact.plan = por\n}\n", "MA2015", "por", "pro")]
    [InlineData("journey j {\n  when signed_up\n  send emial welcome\n}\n", "MA2017", "emial", "email")]
    [InlineData("journey j {\n  when signed_up\n  start journey onboardin\n}\n", "MA2010", "onboardin", "onboarding")]
    [InlineData("event e {\n  amount: mony\n}\n", "MA2013", "mony", "money")]
    public void Every_did_you_mean_fix_replaces_the_span_it_reports(string sample, string code, string misspelt, string suggestion)
    {
        var diagnostic = Assert.Single(WorkspaceChecker.CheckWithPrelude(sample).InSample());
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(misspelt, Covered(sample, diagnostic.Span));
        Assert.Contains($"Did you mean `{suggestion}`?", diagnostic.Message, StringComparison.Ordinal);

        var edit = Assert.Single(Assert.IsType<CodeFix>(diagnostic.Fix).Edits);
        Assert.Equal(diagnostic.Span, edit.Span);
        Assert.Equal(suggestion, edit.NewText);
        Assert.DoesNotContain(WorkspaceChecker.CheckWithPrelude(Apply(sample, edit)).InSample(), d => d.IsError);
    }

    [Fact]
    public void A_name_with_nothing_close_gets_no_fix()
    {
        const string sample = "journey j {\n  when signed_up\n  send email quarterly_report\n}\n";

        var diagnostic = Assert.Single(WorkspaceChecker.CheckWithPrelude(sample).InSample());

        Assert.Equal("MA2005", diagnostic.Code);
        Assert.Null(diagnostic.Fix);
        Assert.DoesNotContain("Did you mean", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_diagnostic_in_another_file_names_that_file()
    {
        var diagnostics = WorkspaceChecker.Check(
        [
            new SourceText("a.journey", DiagnosticCatalog.Document.Prelude),
            new SourceText("b.journey", "journey j {\n  when signed_up\n  send email welcom\n}\n"),
        ]);

        var diagnostic = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal("b.journey", diagnostic.Path);
        Assert.Equal(new LinePosition(2, 13), diagnostic.Start);
    }

    [Fact]
    public void A_missing_template_file_is_reported_at_its_path_text()
    {
        const string sample =
            "template email receipt {\n" +
            "  subject \"Your order\"\n" +
            "  body    file \"templates/receipt.liquid\"\n" +
            "}\n" +
            "journey j {\n  when order_placed\n  send email receipt\n}\n";

        var diagnostic = Assert.Single(WorkspaceChecker.CheckWithPrelude(sample).InSample());

        Assert.Equal("MA6003", diagnostic.Code);
        Assert.Equal("\"templates/receipt.liquid\"", Covered(sample, diagnostic.Span));
    }

    [Fact]
    public void A_template_file_that_exists_is_read_through_the_workspace()
    {
        const string sample =
            "template email receipt {\n" +
            "  subject \"Your order\"\n" +
            "  body    file \"templates/receipt.liquid\"\n" +
            "}\n" +
            "journey j {\n  when order_placed\n  send email receipt\n}\n";
        var expected = Path.GetFullPath(Path.Combine(WorkspaceChecker.RootDirectory, "templates/receipt.liquid"));

        const string liquid = "<h1>Thank you</h1>\n<p>Dear {{ contact.frist_name }},</p>\n";
        var diagnostics = WorkspaceChecker.Check(
            [new(WorkspaceChecker.PreludePath, DiagnosticCatalog.Document.Prelude), new(WorkspaceChecker.SamplePath, sample)],
            path => path == expected ? liquid : null);

        // The file's own mistake is reported in the file, at its own line and column.
        var diagnostic = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal("MA6002", diagnostic.Code);
        Assert.Equal(Path.Combine(WorkspaceChecker.RootDirectory, "templates/receipt.liquid"), diagnostic.Path);
        Assert.Equal(new LinePosition(1, 11), diagnostic.Start);
        Assert.Equal("contact.frist_name", Covered(liquid, diagnostic.Span));
    }

    private static string Covered(string text, TextSpan span) => text.Substring(span.Start, span.Length);

    private static string Apply(string text, TextEdit edit) =>
        string.Concat(text.AsSpan(0, edit.Span.Start), edit.NewText, text.AsSpan(edit.Span.End));
}
