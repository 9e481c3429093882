using MarketingAutomation.Language.Services;

namespace MarketingAutomation.Language.Tests.Services;

public sealed class SemanticTokensTests
{
    private static List<(string Text, SemanticTokenType Type, bool Declaration)> Tokens(string main)
    {
        var workspace = ServiceWorkspace.Create(main + "|");
        return SemanticTokensService.GetTokens(workspace.Compilation, workspace.Tree)
            .Select(t => (workspace.TextAt(t.Span), t.Type, t.IsDeclaration))
            .ToList();
    }

    [Fact]
    public void Names_are_classified_by_what_they_name()
    {
        var tokens = Tokens("journey j {\n  when order_placed where event.total > 10\n  send email welcome_1\n  if contact in vip and score(engagement) > 2 { stage lead }\n  post crm { email: contact.email }\n}\n");
        Assert.Equal(
        [
            ("journey", SemanticTokenType.Keyword, false),
            ("j", SemanticTokenType.Journey, true),
            ("when", SemanticTokenType.Keyword, false),
            ("order_placed", SemanticTokenType.Event, false),
            ("where", SemanticTokenType.Keyword, false),
            ("event", SemanticTokenType.Variable, false),
            ("total", SemanticTokenType.Property, false),
            (">", SemanticTokenType.Operator, false),
            ("10", SemanticTokenType.Number, false),
            ("send", SemanticTokenType.Keyword, false),
            ("email", SemanticTokenType.Keyword, false),
            ("welcome_1", SemanticTokenType.Template, false),
            ("if", SemanticTokenType.Keyword, false),
            ("contact", SemanticTokenType.Variable, false),
            ("in", SemanticTokenType.Keyword, false),
            ("vip", SemanticTokenType.Segment, false),
            ("and", SemanticTokenType.Keyword, false),
            ("score", SemanticTokenType.Function, false),
            ("engagement", SemanticTokenType.Score, false),
            (">", SemanticTokenType.Operator, false),
            ("2", SemanticTokenType.Number, false),
            ("stage", SemanticTokenType.Keyword, false),
            ("lead", SemanticTokenType.Stage, false),
            ("post", SemanticTokenType.Keyword, false),
            ("crm", SemanticTokenType.Connection, false),
            ("email", SemanticTokenType.Property, false),
            ("contact", SemanticTokenType.Variable, false),
            ("email", SemanticTokenType.Property, false),
        ],
        tokens);
    }

    [Fact]
    public void Declarations_types_enum_values_and_comments_are_classified()
    {
        var tokens = Tokens("// Who they are.\nevent e { kind: enum(a, b), starts: datetime? }\n");
        Assert.Equal(
        [
            ("// Who they are.", SemanticTokenType.Comment, false),
            ("event", SemanticTokenType.Keyword, false),
            ("e", SemanticTokenType.Event, true),
            ("kind", SemanticTokenType.Property, true),
            ("enum", SemanticTokenType.Keyword, false),
            ("a", SemanticTokenType.EnumMember, true),
            ("b", SemanticTokenType.EnumMember, true),
            ("starts", SemanticTokenType.Property, true),
            ("datetime", SemanticTokenType.Type, false),
            ("?", SemanticTokenType.Operator, false),
        ],
        tokens);
    }

    [Fact]
    public void Liquid_names_inside_texts_split_the_text()
    {
        var tokens = Tokens("journey j {\n  when signed_up\n  notify sales \"Hi {{ contact.first_name }}!\"\n}\n");
        Assert.Equal(
        [
            ("\"Hi {{ contact.", SemanticTokenType.String, false),
            ("first_name", SemanticTokenType.Property, false),
            (" }}!\"", SemanticTokenType.String, false),
        ],
        tokens.SkipWhile(t => t.Text != "sales").Skip(1).Take(3));
    }

    [Fact]
    public void Tokens_over_several_lines_are_split_by_line() =>
        Assert.Equal(["/* one", "   two */"], Tokens("/* one\n   two */\n").Select(t => t.Text));
}
