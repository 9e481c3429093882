using System.Text.Json;
using MarketingAutomation.Cli.Check;
using MarketingAutomation.Language.Diagnostics;

namespace MarketingAutomation.Cli.Output.Sarif;

/// <summary>
/// The sarif format: a SARIF 2.1.0 log with one run, for GitHub code scanning and other tools
/// that read static-analysis results. tests/sarif/validate.sh checks it with Microsoft's validator.
/// </summary>
internal sealed class SarifWriter(string basePath) : IReportWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    private readonly SarifLocations locations = new(basePath);

    public void Write(CheckReport report, TextWriter output) => JsonOutput.Write(output, writer =>
    {
        var rules = new SarifRules(report.Diagnostics);
        writer.WriteStartObject();
        writer.WriteString("$schema", SchemaUri);
        writer.WriteString("version", "2.1.0");
        writer.WriteStartArray("runs");
        writer.WriteStartObject();
        WriteTool(writer, rules);
        locations.WriteOriginalUriBaseIds(writer);
        // Columns are counted the way the language counts them, in UTF-16 code units.
        writer.WriteString("columnKind", "utf16CodeUnits");
        writer.WriteStartArray("results");
        foreach (var diagnostic in report.Diagnostics)
        {
            WriteResult(writer, diagnostic, rules);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    private static void WriteTool(Utf8JsonWriter writer, SarifRules rules)
    {
        writer.WriteStartObject("tool");
        writer.WriteStartObject("driver");
        writer.WriteString("name", "ma");
        writer.WriteString("version", ToolVersion.Short);
        writer.WriteString("semanticVersion", ToolVersion.Informational);
        rules.Write(writer);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private void WriteResult(Utf8JsonWriter writer, Diagnostic diagnostic, SarifRules rules)
    {
        writer.WriteStartObject();
        writer.WriteString("ruleId", diagnostic.Code);
        writer.WriteNumber("ruleIndex", rules.IndexOf(diagnostic.Code));
        writer.WriteString("level", SarifLevels.Of(diagnostic.Severity));
        writer.WriteStartObject("message");
        writer.WriteString("text", diagnostic.Message);
        writer.WriteEndObject();
        writer.WriteStartArray("locations");
        writer.WriteStartObject();
        writer.WriteStartObject("physicalLocation");
        locations.WriteArtifactLocation(writer, diagnostic.Path);
        SarifLocations.WriteRegion(writer, "region", diagnostic.Source, diagnostic.Span);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        if (diagnostic.Fix is { } fix)
        {
            WriteFix(writer, diagnostic, fix);
        }

        writer.WriteEndObject();
    }

    private void WriteFix(Utf8JsonWriter writer, Diagnostic diagnostic, CodeFix fix)
    {
        writer.WriteStartArray("fixes");
        writer.WriteStartObject();
        writer.WriteStartObject("description");
        writer.WriteString("text", fix.Title);
        writer.WriteEndObject();
        writer.WriteStartArray("artifactChanges");
        writer.WriteStartObject();
        locations.WriteArtifactLocation(writer, diagnostic.Path);
        writer.WriteStartArray("replacements");
        foreach (var edit in fix.Edits)
        {
            writer.WriteStartObject();
            SarifLocations.WriteRegion(writer, "deletedRegion", diagnostic.Source, edit.Span);
            writer.WriteStartObject("insertedContent");
            writer.WriteString("text", edit.NewText);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
    }
}
