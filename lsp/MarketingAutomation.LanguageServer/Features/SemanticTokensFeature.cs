using MarketingAutomation.Language.Services;
using MarketingAutomation.LanguageServer.Protocol;

namespace MarketingAutomation.LanguageServer.Features;

/// <summary>
/// The semantic token service's classes, told in LSP's standard token types so every colour
/// theme already knows them: a template is a class, a journey a function, a segment a variable.
/// </summary>
internal static class SemanticTokensFeature
{
    public static readonly IReadOnlyList<string> TokenTypes =
    [
        "keyword", "type", "event", "class", "variable", "enumMember", "namespace", "function",
        "property", "string", "number", "comment", "operator",
    ];

    public static readonly IReadOnlyList<string> TokenModifiers = ["declaration", "defaultLibrary"];

    public static SemanticTokensLegend Legend { get; } = new(TokenTypes, TokenModifiers);

    private const int Declaration = 1;
    private const int DefaultLibrary = 2;

    public static SemanticTokens Get(DocumentContext document)
    {
        var source = document.Source;
        var data = new List<int>();
        var previousLine = 0;
        var previousCharacter = 0;
        foreach (var token in SemanticTokensService.GetTokens(document.Snapshot.Compilation, document.Tree))
        {
            var start = source.GetLinePosition(token.Span.Start);
            if (token.Span.Length == 0 || source.GetLinePosition(token.Span.End).Line != start.Line)
            {
                // The service promises single-line tokens; a broken promise costs a colour, not the request.
                continue;
            }

            var (type, modifiers) = Classify(token.Type);
            data.Add(start.Line - previousLine);
            data.Add(start.Line == previousLine ? start.Character - previousCharacter : start.Character);
            data.Add(token.Span.Length);
            data.Add(type);
            data.Add(modifiers | (token.IsDeclaration ? Declaration : 0));
            previousLine = start.Line;
            previousCharacter = start.Character;
        }

        return new SemanticTokens(data);
    }

    private static (int Type, int Modifiers) Classify(SemanticTokenType type) => type switch
    {
        SemanticTokenType.Keyword => (Index("keyword"), 0),
        SemanticTokenType.Type => (Index("type"), 0),
        SemanticTokenType.Event => (Index("event"), 0),
        SemanticTokenType.Template => (Index("class"), 0),
        SemanticTokenType.Segment => (Index("variable"), 0),
        SemanticTokenType.Score => (Index("variable"), 0),
        SemanticTokenType.Stage => (Index("enumMember"), 0),
        SemanticTokenType.Connection => (Index("namespace"), 0),
        SemanticTokenType.Journey => (Index("function"), 0),
        SemanticTokenType.Property => (Index("property"), 0),
        SemanticTokenType.EnumMember => (Index("enumMember"), 0),
        SemanticTokenType.Function => (Index("function"), DefaultLibrary),
        SemanticTokenType.String => (Index("string"), 0),
        SemanticTokenType.Number => (Index("number"), 0),
        SemanticTokenType.Comment => (Index("comment"), 0),
        SemanticTokenType.Operator => (Index("operator"), 0),
        SemanticTokenType.Variable => (Index("variable"), DefaultLibrary),
        _ => (Index("variable"), 0),
    };

    private static int Index(string type)
    {
        for (var i = 0; i < TokenTypes.Count; i++)
        {
            if (TokenTypes[i] == type)
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(type), type, "Not in the legend.");
    }
}
