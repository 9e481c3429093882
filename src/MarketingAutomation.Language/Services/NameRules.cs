using Antlr4.Runtime;
using MarketingAutomation.Language.Binding;
using MarketingAutomation.Language.Syntax.Generated;

namespace MarketingAutomation.Language.Services;

/// <summary>Whether a word can be the new name of a symbol, by the grammar's rules for names.</summary>
internal static class NameRules
{
    // Names that already mean something where values are written: a template or event called
    // `now` could no longer be told apart from the current moment.
    private static readonly HashSet<string> ValueWords = new(StringComparer.Ordinal) { "contact", "event", "today", "now" };

    /// <summary>Why <paramref name="name"/> cannot name a symbol of this kind; null when it can.</summary>
    public static string? Problem(string name, SymbolKind kind)
    {
        if (!IsIdentifier(name))
        {
            return $"`{name}` is not a valid name: a name starts with a letter or `_` and goes on with letters, digits and `_`.";
        }

        var lexer = new JourneyLexer(new AntlrInputStream(name));
        lexer.RemoveErrorListeners();
        var token = lexer.NextToken();
        if (TokenFacts.Reserved.Contains(token.Type))
        {
            return $"`{name}` is a reserved word of the language and cannot be a name.";
        }

        if (kind != SymbolKind.Field && ValueWords.Contains(name))
        {
            return $"`{name}` already has a meaning in conditions and values, so it cannot name {WithArticle(kind)}.";
        }

        if (kind == SymbolKind.Segment && name == BuiltIns.Everyone)
        {
            return $"`{BuiltIns.Everyone}` is the built-in audience of every contact.";
        }

        return null;
    }

    public static string KindName(SymbolKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>The kind with its article: "an event", "a template".</summary>
    public static string WithArticle(SymbolKind kind) => (KindName(kind)[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an " : "a ") + KindName(kind);

    /// <summary>The lexer's IDENTIFIER: `[a-zA-Z_][a-zA-Z0-9_]*`.</summary>
    private static bool IsIdentifier(string name) =>
        name.Length > 0
        && (char.IsAsciiLetter(name[0]) || name[0] == '_')
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
