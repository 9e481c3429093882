using MarketingAutomation.Language.Syntax;
using MarketingAutomation.Language.Text;

namespace MarketingAutomation.Language.Binding;

/// <summary>Looking up declared names, with a "did you mean" when a name is not found.</summary>
internal sealed partial class Binder
{
    private EventSymbol? ResolveEvent(EventReferenceSyntax reference)
    {
        if (reference.Name.IsMissing || reference.Namespace is { IsMissing: true })
        {
            return null;
        }

        if (symbols.EventsByName.TryGetValue(reference.FullName, out var @event))
        {
            AddReference(@event, reference.Span);
            return @event;
        }

        diagnostics.ReportUnknownEvent(source, reference.Span, reference.FullName, Suggestions.Closest(reference.FullName, symbols.EventsByName.Keys));
        return null;
    }

    private TemplateSymbol? ResolveTemplate(NameSyntax name) =>
        Resolve(symbols.TemplatesByName, name, (span, text, suggestion) => diagnostics.ReportUnknownTemplate(source, span, text, suggestion));

    private SegmentSymbol? ResolveSegment(NameSyntax name) =>
        Resolve(symbols.SegmentsByName, name, (span, text, suggestion) => diagnostics.ReportUnknownSegment(source, span, text, suggestion));

    private ScoreSymbol? ResolveScore(NameSyntax name) =>
        Resolve(symbols.ScoresByName, name, (span, text, suggestion) => diagnostics.ReportUnknownScore(source, span, text, suggestion));

    private ConnectionSymbol? ResolveConnection(NameSyntax name) =>
        Resolve(symbols.ConnectionsByName, name, (span, text, suggestion) => diagnostics.ReportUnknownConnection(source, span, text, suggestion));

    private JourneySymbol? ResolveJourney(NameSyntax name) =>
        Resolve(symbols.JourneysByName, name, (span, text, suggestion) => diagnostics.ReportUnknownJourney(source, span, text, suggestion));

    private StageSymbol? ResolveStage(NameSyntax name) =>
        Resolve(symbols.StagesByName, name, (span, text, suggestion) => diagnostics.ReportUnknownStage(source, span, text, suggestion, symbols.HasLifecycle));

    /// <summary>A broadcast's audience: a segment, or everyone.</summary>
    private void ResolveAudience(NameSyntax name)
    {
        if (name.Text != BuiltIns.Everyone)
        {
            ResolveSegment(name);
        }
    }

    private Channel? ResolveChannel(NameSyntax name)
    {
        if (name.IsMissing)
        {
            return null;
        }

        if (BuiltIns.Channels.TryGetValue(name.Text, out var channel))
        {
            return channel;
        }

        diagnostics.ReportUnknownChannel(source, name.Span, name.Text, Suggestions.Closest(name.Text, BuiltIns.Channels.Keys));
        return null;
    }

    private T? Resolve<T>(Dictionary<string, T> table, NameSyntax name, Action<TextSpan, string, string?> reportUnknown)
        where T : Symbol
    {
        if (name.IsMissing)
        {
            return null;
        }

        if (table.TryGetValue(name.Text, out var symbol))
        {
            AddReference(symbol, name.Span);
            return symbol;
        }

        reportUnknown(name.Span, name.Text, Suggestions.Closest(name.Text, table.Keys));
        return null;
    }
}
