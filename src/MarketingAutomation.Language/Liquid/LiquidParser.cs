namespace MarketingAutomation.Language.Liquid;

/// <summary>
/// Parses Liquid message templates so they can be validated before a journey is published.
/// Parsing runs in three passes: split the text into text, <c>{{ }}</c> and <c>{% %}</c> pieces,
/// nest the tags into blocks, then walk the tree for the variables it reads.
/// </summary>
public static class LiquidParser
{
    /// <summary>Parses any text, never throwing: every problem is reported in <see cref="LiquidTemplate.Errors"/>.</summary>
    public static LiquidTemplate Parse(string text)
    {
        // Callers from untyped code (or with nullable warnings off) may still pass null.
        text ??= string.Empty;
        var errors = new List<LiquidError>();
        var segments = TemplateScanner.Scan(text, errors);
        var nodes = TemplateBuilder.Build(text, segments, errors);
        var references = ReferenceCollector.Collect(nodes);
        var ordered = errors.Distinct().OrderBy(error => error.Offset).ToList();
        return new LiquidTemplate(nodes, references, ordered);
    }
}
