using System.Security.Cryptography;
using System.Text;
using MarketingAutomation.Language.Binding;
using MarketingAutomation.Language.Text;

namespace MarketingAutomation.Compiler.Versioning;

/// <summary>
/// Hashes that name what a build was made from. Whitespace runs are folded to one space first,
/// so re-indenting a file changes neither a journey's version nor the workspace hash.
/// </summary>
public static class ContentHashes
{
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
        builder.Append(Normalise(Text(journey))).Append('\0');
        var used = candidates
            .Where(r => r.Source == journey.Source && journey.DeclarationSpan.Contains(r.Span.Start) && !r.Symbol.IsBuiltIn)
            .Select(r => r.Symbol)
            .Concat(model.Symbols.Contact is { } contact ? [contact] : [])
            .Distinct()
            .Select(s => s.Kind + " " + s.Name + "\0" + Normalise(Text(s)) + (s is TemplateSymbol t ? string.Concat(t.Texts.OrderBy(p => p.Key).Select(p => p.Value)) : string.Empty))
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

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Hex(string text, int length) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..length];
}
