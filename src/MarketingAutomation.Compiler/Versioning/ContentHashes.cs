using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Antlr4.Runtime;
using MarketingAutomation.Language.Binding;
using MarketingAutomation.Language.Syntax.Generated;
using MarketingAutomation.Language.Text;

namespace MarketingAutomation.Compiler.Versioning;

/// <summary>
/// Hashes that name what a build was made from. The workspace hash folds whitespace runs to one
/// space, so re-indenting a file does not change it; a journey's version goes further and hashes
/// only the tokens of the declarations it depends on, so neither layout nor comments change it.
/// </summary>
public static class ContentHashes
{
    // Every journey depends on the contact profile: its tokens are worked out once per symbol, not once per journey.
    private static readonly ConditionalWeakTable<Symbol, string> TokenTexts = new();

    /// <summary>The whole workspace: every file's name and text, and every template part's text.</summary>
    public static string Workspace(IEnumerable<SourceText> documents, SymbolTable symbols)
    {
        var builder = new StringBuilder();
        foreach (var document in documents.OrderBy(d => Path.GetFileName(d.Path), StringComparer.Ordinal))
        {
            builder.Append(Path.GetFileName(document.Path)).Append('\0').Append(Normalise(document.Text)).Append('\0');
        }

        foreach (var template in symbols.Templates.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            foreach (var (kind, text) in template.Texts.OrderBy(p => p.Key))
            {
                builder.Append(template.Name).Append('.').Append(kind).Append('\0').Append(text).Append('\0');
            }
        }

        return Hex(builder.ToString(), 64);
    }

    /// <summary>
    /// A journey's version: its own text plus the declarations it names (templates, segments,
    /// events, scores), plus the contact profile every journey reads.
    /// </summary>
    public static string Journey(JourneySymbol journey, SemanticModel model) => Journey(journey, model, model.References);

    /// <summary>
    /// The same, looking only through <paramref name="candidates"/> (at least the references in the
    /// journey's file): a build passes each file's references, so 1,000 journeys do not each scan
    /// every reference of the workspace.
    /// </summary>
    internal static string Journey(JourneySymbol journey, SemanticModel model, IEnumerable<SymbolReference> candidates)
    {
        var builder = new StringBuilder();
        builder.Append(Tokens(journey)).Append('\0');
        var used = candidates
            .Where(r => r.Source == journey.Source && journey.DeclarationSpan.Contains(r.Span.Start) && !r.Symbol.IsBuiltIn)
            .Select(r => r.Symbol)
            .Concat(model.Symbols.Contact is { } contact ? [contact] : [])
            .Distinct()
            .Select(s => s.Kind + " " + s.Name + "\0" + TokenTexts.GetValue(s, Tokens) + (s is TemplateSymbol t ? string.Concat(t.Texts.OrderBy(p => p.Key).Select(p => p.Value)) : string.Empty))
            .Order(StringComparer.Ordinal);
        foreach (var part in used)
        {
            builder.Append(part).Append('\0');
        }

        return Hex(builder.ToString(), 12);
    }

    private static string Text(Symbol symbol) =>
        symbol.Source is { } source && symbol.DeclarationSpan.End <= source.Text.Length
            ? source.Text.Substring(symbol.DeclarationSpan.Start, symbol.DeclarationSpan.Length)
            : string.Empty;

    /// <summary>
    /// The declaration's tokens as the language's own lexer reads them, joined by single spaces:
    /// comments and whitespace are on other channels, and a `//` inside a string stays text.
    /// </summary>
    private static string Tokens(Symbol symbol)
    {
        var lexer = new JourneyLexer(new AntlrInputStream(Text(symbol)));
        lexer.RemoveErrorListeners();
        var builder = new StringBuilder();
        for (var token = lexer.NextToken(); token.Type != TokenConstants.EOF; token = lexer.NextToken())
        {
            if (token.Channel == TokenConstants.DefaultChannel)
            {
                builder.Append(builder.Length == 0 ? string.Empty : " ").Append(token.Text);
            }
        }

        return builder.ToString();
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Hex(string text, int length) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..length];
}
