using System.Text.Json;
using MarketingAutomation.Cli.Check;
using MarketingAutomation.Language.Diagnostics;

namespace MarketingAutomation.Cli.Output;

/// <summary>
/// The json format: one object with a summary and every diagnostic. Its shape is a contract
/// documented in the CLI's README.md (formatVersion 1); add fields freely, but change or
/// remove one only with a new formatVersion.
/// </summary>
internal sealed class JsonReportWriter : IReportWriter
{
    public const int FormatVersion = 1;

    public void Write(CheckReport report, TextWriter output) => JsonOutput.Write(output, writer =>
    {
        writer.WriteStartObject();
        writer.WriteNumber("formatVersion", FormatVersion);
        writer.WriteStartObject("summary");
        writer.WriteNumber("files", report.FileCount);
        writer.WriteNumber("errors", report.Count(DiagnosticSeverity.Error));
        writer.WriteNumber("warnings", report.Count(DiagnosticSeverity.Warning));
        writer.WriteNumber("infos", report.Count(DiagnosticSeverity.Info));
        writer.WriteEndObject();
        writer.WriteStartArray("diagnostics");
        foreach (var diagnostic in report.Diagnostics)
        {
            WriteDiagnostic(writer, diagnostic);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    private static void WriteDiagnostic(Utf8JsonWriter writer, Diagnostic diagnostic)
    {
        var range = LineColumnRange.From(diagnostic.Source, diagnostic.Span);
        writer.WriteStartObject();
        writer.WriteString("path", DisplayPath.Of(diagnostic.Path));
        writer.WriteString("code", diagnostic.Code);
        writer.WriteString("severity", SeverityNames.Of(diagnostic.Severity));
        writer.WriteString("title", diagnostic.Descriptor.Title);
        writer.WriteString("message", diagnostic.Message);
        writer.WritePosition("start", range.StartLine, range.StartColumn);
        writer.WritePosition("end", range.EndLine, range.EndColumn);
        if (diagnostic.Fix is { } fix)
        {
            writer.WriteStartObject("fix");
            writer.WriteString("title", fix.Title);
            writer.WriteStartArray("edits");
            foreach (var edit in fix.Edits)
            {
                var editRange = LineColumnRange.From(diagnostic.Source, edit.Span);
                writer.WriteStartObject();
                writer.WritePosition("start", editRange.StartLine, editRange.StartColumn);
                writer.WritePosition("end", editRange.EndLine, editRange.EndColumn);
                writer.WriteString("newText", edit.NewText);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("fix");
        }

        writer.WriteEndObject();
    }
}
