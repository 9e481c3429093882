using System.Text;
using MarketingAutomation.Language.Binding;
using MarketingAutomation.Language.Text;

namespace MarketingAutomation.Language.Tests.Baselines;

/// <summary>Writes the symbols a file declares, one per line, in a form that reads well in a diff.</summary>
internal static class SymbolPrinter
{
    public static string Print(SemanticModel model, SourceText file)
    {
        var text = new StringBuilder();
        var declared = model.Symbols.AllDeclared()
            .Where(s => s.Source == file && s.Kind != SymbolKind.Field)
            .OrderBy(s => s.DeclarationSpan.Start);
        foreach (var symbol in declared)
        {
            text.Append(Describe(symbol)).Append(" @").Append(file.GetLinePosition(symbol.NameSpan.Start)).AppendLine();
            if (symbol is RecordSymbol record)
            {
                foreach (var field in record.Fields.OrderBy(f => f.DeclarationSpan.Start))
                {
                    text.Append("  field ").Append(field).Append(field.HasDefault ? " (defaulted)" : string.Empty).AppendLine();
                }
            }

            var uses = model.References.Count(r => r.Symbol == symbol);
            text.Append("  references: ").Append(uses).AppendLine();
        }

        return text.ToString();
    }

    private static string Describe(Symbol symbol) => symbol switch
    {
        TemplateSymbol t => $"template {t.Channel.ToString().ToLowerInvariant()} {t.Name}"
            + (t.Arguments.Count > 0 ? $" args({string.Join(", ", t.Arguments)})" : string.Empty)
            + (t.EventFields.Count > 0 ? $" reads event({string.Join(", ", t.EventFields.Select(f => f.Field).Distinct())})" : string.Empty),
        JourneySymbol j => $"journey {j.Name}" + (j.TriggerEvent is { } e ? $" triggered by {e.Name}" : string.Empty),
        TestSymbol t => $"test \"{t.Name}\" for {t.Journey?.Name ?? "?"}",
        StageSymbol s => $"stage {s.Name} #{s.Order}",
        _ => symbol.ToString(),
    };
}
