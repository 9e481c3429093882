using System.Text;
using System.Text.Json;
using MarketingAutomation.Language.Diagnostics;

namespace MarketingAutomation.Cli.Output.Sarif;

/// <summary>
/// The `rules` of the SARIF driver: every diagnostic code `ma` knows, so a code-scanning tool can
/// show a rule's description even for codes this run did not report.
/// </summary>
internal sealed class SarifRules
{
    private readonly List<DiagnosticDescriptor> rules;
    private readonly Dictionary<string, int> indexByCode = new(StringComparer.Ordinal);

    public SarifRules(IEnumerable<Diagnostic> reported)
    {
        // A descriptor missing from the list (one added without registering it) still gets a rule,
        // or its results would point at no rule and fail validation.
        rules = DiagnosticDescriptors.All
            .Concat(reported.Select(d => d.Descriptor))
            .DistinctBy(d => d.Code)
            .ToList();
        for (var i = 0; i < rules.Count; i++)
        {
            indexByCode[rules[i].Code] = i;
        }
    }

    public int IndexOf(string code) => indexByCode[code];

    public void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            writer.WriteStartObject();
            writer.WriteString("id", rule.Code);
            writer.WriteString("name", PascalCase(rule.Title));
            WriteMessage(writer, "shortDescription", Sentence(rule.Title));
            WriteMessage(writer, "fullDescription", rule.Description);
            // No helpUri: SARIF wants an absolute URI there, and the help lives in this
            // repository's docs/diagnostics.md, so the help text names that file and anchor.
            WriteMessage(writer, "help", $"{rule.Description} See docs/diagnostics.md#{rule.HelpAnchor}.");
            writer.WriteStartObject("defaultConfiguration");
            writer.WriteString("level", SarifLevels.Of(rule.DefaultSeverity));
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteMessage(Utf8JsonWriter writer, string name, string text)
    {
        writer.WriteStartObject(name);
        writer.WriteString("text", text);
        writer.WriteEndObject();
    }

    private static string Sentence(string text) => text.EndsWith('.') ? text : text + ".";

    /// <summary>SARIF rule names are identifiers: "`event` used where no event is in scope" becomes "EventUsedWhereNoEventIsInScope".</summary>
    internal static string PascalCase(string title)
    {
        var builder = new StringBuilder(title.Length);
        var upperNext = true;
        foreach (var c in title)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                upperNext = true;
                continue;
            }

            builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
            upperNext = false;
        }

        return builder.ToString();
    }
}
