namespace MarketingAutomation.Language.Binding;

/// <summary>The workspace's one namespace: every declared symbol, by kind and name.</summary>
public sealed class SymbolTable
{
    internal SymbolTable()
    {
        foreach (var builtIn in BuiltIns.Events)
        {
            EventsByName[builtIn.Name] = builtIn;
        }
    }

    public ContactSymbol? Contact { get; internal set; }

    public IReadOnlyList<StageSymbol> Stages => StagesByName.Values.OrderBy(s => s.Order).ToList();

    public bool HasLifecycle { get; internal set; }

    internal Dictionary<string, EventSymbol> EventsByName { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, TemplateSymbol> TemplatesByName { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, SegmentSymbol> SegmentsByName { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, ScoreSymbol> ScoresByName { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, StageSymbol> StagesByName { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, ConnectionSymbol> ConnectionsByName { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, JourneySymbol> JourneysByName { get; } = new(StringComparer.Ordinal);

    internal List<TestSymbol> TestList { get; } = [];

    public IReadOnlyCollection<EventSymbol> Events => EventsByName.Values;

    public IReadOnlyCollection<TemplateSymbol> Templates => TemplatesByName.Values;

    public IReadOnlyCollection<SegmentSymbol> Segments => SegmentsByName.Values;

    public IReadOnlyCollection<ScoreSymbol> Scores => ScoresByName.Values;

    public IReadOnlyCollection<ConnectionSymbol> Connections => ConnectionsByName.Values;

    public IReadOnlyCollection<JourneySymbol> Journeys => JourneysByName.Values;

    public IReadOnlyList<TestSymbol> Tests => TestList;

    /// <summary>Every declared symbol (built-ins excluded), contact fields and event fields included.</summary>
    public IEnumerable<Symbol> AllDeclared()
    {
        if (Contact is not null)
        {
            yield return Contact;
            foreach (var field in Contact.Fields)
            {
                yield return field;
            }
        }

        foreach (var @event in Events.Where(e => !e.IsBuiltIn))
        {
            yield return @event;
            foreach (var field in @event.Fields)
            {
                yield return field;
            }
        }

        IEnumerable<Symbol> rest = [.. Templates, .. Segments, .. Scores, .. Stages, .. Connections, .. Journeys, .. Tests];
        foreach (var symbol in rest)
        {
            yield return symbol;
        }
    }
}
