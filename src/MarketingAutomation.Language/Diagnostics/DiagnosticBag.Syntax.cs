using MarketingAutomation.Language.Syntax;
using MarketingAutomation.Language.Text;
using static MarketingAutomation.Language.Diagnostics.DiagnosticDescriptors;

namespace MarketingAutomation.Language.Diagnostics;

/// <summary>
/// Collects diagnostics. Each diagnostic is built by exactly one method here, so its wording
/// lives in one place and docs/diagnostics.md can be checked against the code.
/// </summary>
public sealed partial class DiagnosticBag
{
    private readonly List<Diagnostic> diagnostics = [];

    public int Count => diagnostics.Count;

    public void Add(Diagnostic diagnostic) => diagnostics.Add(diagnostic);

    public IReadOnlyList<Diagnostic> ToList() => diagnostics.ToList();

    internal static Diagnostic UnexpectedToken(SourceText source, TextSpan span, string found, string expected) =>
        Create(DiagnosticDescriptors.UnexpectedToken, source, span, $"Expected {expected}, but found {found}.");

    internal static Diagnostic MissingToken(SourceText source, TextSpan span, string expected, string found) =>
        Create(DiagnosticDescriptors.MissingToken, source, span, $"Missing {expected} before {found}.");

    internal void ReportUnexpectedCharacter(SourceText source, TextSpan span, string character) =>
        Add(Create(UnexpectedCharacter, source, span, $"The character `{Printable(character)}` has no meaning here.", RemoveFix(span, "Remove it")));

    internal void ReportUnterminatedString(SourceText source, TextSpan span) =>
        Add(Create(UnterminatedString, source, span, "This text is not closed: add `\"` at its end, on the same line.",
            new CodeFix("Close the text", [new TextEdit(new TextSpan(span.End, 0), "\"")])));

    internal void ReportUnterminatedComment(SourceText source, TextSpan span) =>
        Add(Create(UnterminatedComment, source, span, "This comment is not closed: add `*/` where it ends."));

    internal void ReportNestingTooDeep(SourceText source, TextSpan span) =>
        Add(Create(NestingTooDeep, source, span, $"This is nested too deeply (more than {NestingGuard.MaxDepth} brackets, or {NestingGuard.MaxOperatorsPerExpression} operators in one expression); split it into smaller parts."));

    internal static Diagnostic Create(DiagnosticDescriptor descriptor, SourceText source, TextSpan span, string message, CodeFix? fix = null) =>
        new(descriptor, descriptor.DefaultSeverity, source, span, message, fix);

    private static CodeFix RemoveFix(TextSpan span, string title) => new(title, [new TextEdit(span, string.Empty)]);

    private static string Printable(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString()));
}
