using MarketingAutomation.Language.Text;

namespace MarketingAutomation.Language.Diagnostics;

/// <summary>A replacement of one span of a file, offered as a fix for a diagnostic.</summary>
public sealed record TextEdit(TextSpan Span, string NewText);

/// <summary>A suggested fix: a title a person can read and the edits that carry it out.</summary>
public sealed record CodeFix(string Title, IReadOnlyList<TextEdit> Edits);

/// <summary>
/// One finding about a journey file: a stable code from <see cref="DiagnosticDescriptors"/>,
/// where it is, what is wrong in the language's own words and, where it helps, a fix.
/// </summary>
public sealed record Diagnostic(
    DiagnosticDescriptor Descriptor,
    DiagnosticSeverity Severity,
    SourceText Source,
    TextSpan Span,
    string Message,
    CodeFix? Fix = null)
{
    public string Code => Descriptor.Code;

    public string Path => Source.Path;

    public LinePosition Start => Source.GetLinePosition(Span.Start);

    public LinePosition End => Source.GetLinePosition(Span.End);

    public bool IsError => Severity == DiagnosticSeverity.Error;

    public override string ToString() =>
        $"{Path}({Start.Line + 1},{Start.Character + 1}): {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}
