using System.Text.Json;
using MarketingAutomation.Language.Text;

namespace MarketingAutomation.Cli.Output.Sarif;

/// <summary>
/// Where a result is: a file URI relative to %SRCROOT% (the base folder), so the log stays valid
/// wherever the repository is checked out, and a one-based region.
/// </summary>
internal sealed class SarifLocations(string basePath)
{
    public const string SourceRoot = "%SRCROOT%";

    /// <summary>Writes `originalUriBaseIds`, which tells readers where %SRCROOT% was on this machine.</summary>
    public void WriteOriginalUriBaseIds(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("originalUriBaseIds");
        writer.WriteStartObject(SourceRoot);
        writer.WriteString("uri", SarifUris.FromFullPath(basePath, asFolder: true));
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    public void WriteArtifactLocation(Utf8JsonWriter writer, string path)
    {
        writer.WriteStartObject("artifactLocation");
        if (RepoRelativePath.Of(path, basePath) is { } relative)
        {
            writer.WriteString("uri", SarifUris.FromRelativePath(relative));
            writer.WriteString("uriBaseId", SourceRoot);
        }
        else
        {
            // A file outside the base folder cannot be relative to it; an absolute URI is still valid.
            writer.WriteString("uri", SarifUris.FromFullPath(Path.GetFullPath(path)));
        }

        writer.WriteEndObject();
    }

    public static void WriteRegion(Utf8JsonWriter writer, string name, SourceText source, TextSpan span)
    {
        var range = LineColumnRange.From(source, span);
        writer.WriteStartObject(name);
        writer.WriteNumber("startLine", range.StartLine);
        writer.WriteNumber("startColumn", range.StartColumn);
        writer.WriteNumber("endLine", range.EndLine);
        writer.WriteNumber("endColumn", range.EndColumn);
        writer.WriteEndObject();
    }
}
