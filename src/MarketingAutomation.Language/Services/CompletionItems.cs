using MarketingAutomation.Language.Binding;

namespace MarketingAutomation.Language.Services;

/// <summary>Builds completion items for each kind of thing a script can name.</summary>
internal static class CompletionItems
{
    public static readonly IReadOnlyList<string> Channels = ["email", "sms", "push", "webhook"];

    public static IEnumerable<CompletionItem> Keywords(params string[] words) =>
        words.Select(w => new CompletionItem(w, CompletionItemKind.Keyword, null, null, null));

    public static IEnumerable<CompletionItem> ChannelItems() =>
        Channels.Select(c => new CompletionItem(c, CompletionItemKind.Keyword, "channel", null, null));

    public static IEnumerable<CompletionItem> Events(SymbolTable symbols) =>
        symbols.Events.OrderBy(e => e.IsBuiltIn).ThenBy(e => e.Name, StringComparer.Ordinal).Select(e => Symbol(symbols, e, CompletionItemKind.Event));

    /// <summary>After `email.`: the built-in events of that channel, by the rest of their name.</summary>
    public static IEnumerable<CompletionItem> EventsIn(SymbolTable symbols, string prefix) => symbols.Events
        .Where(e => e.Name.StartsWith(prefix + ".", StringComparison.Ordinal))
        .OrderBy(e => e.Name, StringComparer.Ordinal)
        .Select(e => Symbol(symbols, e, CompletionItemKind.Event) with { Label = e.Name[(prefix.Length + 1)..] });

    public static bool IsEventNamespace(SymbolTable symbols, string word) =>
        symbols.Events.Any(e => e.Name.StartsWith(word + ".", StringComparison.Ordinal));

    /// <summary>Templates, only those of the channel when one is named.</summary>
    public static IEnumerable<CompletionItem> Templates(SymbolTable symbols, string? channel = null) => symbols.Templates
        .Where(t => channel is null || !BuiltIns.Channels.TryGetValue(channel, out var c) || t.Channel == c)
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .Select(t => Symbol(symbols, t, CompletionItemKind.Template));

    public static IEnumerable<CompletionItem> Segments(SymbolTable symbols) =>
        symbols.Segments.OrderBy(s => s.Name, StringComparer.Ordinal).Select(s => Symbol(symbols, s, CompletionItemKind.Segment));

    public static IEnumerable<CompletionItem> Audiences(SymbolTable symbols) =>
        Segments(symbols).Append(new CompletionItem(BuiltIns.Everyone, CompletionItemKind.Segment, "every contact", null, null));

    public static IEnumerable<CompletionItem> Scores(SymbolTable symbols) =>
        symbols.Scores.OrderBy(s => s.Name, StringComparer.Ordinal).Select(s => Symbol(symbols, s, CompletionItemKind.Score));

    public static IEnumerable<CompletionItem> Stages(SymbolTable symbols) =>
        symbols.Stages.Select(s => Symbol(symbols, s, CompletionItemKind.Stage));

    public static IEnumerable<CompletionItem> Connections(SymbolTable symbols) =>
        symbols.Connections.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => Symbol(symbols, c, CompletionItemKind.Connection));

    public static IEnumerable<CompletionItem> Journeys(SymbolTable symbols) =>
        symbols.Journeys.OrderBy(j => j.Name, StringComparer.Ordinal).Select(j => Symbol(symbols, j, CompletionItemKind.Journey));

    /// <summary>A record's fields in declaration order, each with its type as detail.</summary>
    public static IEnumerable<CompletionItem> Fields(SymbolTable symbols, RecordSymbol? record, Func<FieldSymbol, bool>? filter = null) =>
        record is null
            ? []
            : record.Fields.Where(f => filter is null || filter(f)).OrderBy(f => f.DeclarationSpan.Start).Select(f => Symbol(symbols, f, CompletionItemKind.Field));

    /// <summary>The contact's fields, and `stage` (its lifecycle stage) unless a field takes that name.</summary>
    public static IEnumerable<CompletionItem> ContactFields(SymbolTable symbols)
    {
        var fields = Fields(symbols, symbols.Contact);
        return symbols.HasLifecycle && symbols.Contact?.FindField("stage") is null
            ? fields.Append(new CompletionItem("stage", CompletionItemKind.Field, "lifecycle stage", "The contact's current stage in the lifecycle.", null))
            : fields;
    }

    public static IEnumerable<CompletionItem> EnumValues(EnumType type) =>
        type.Values.Select(v => new CompletionItem(v, CompletionItemKind.EnumMember, type.DisplayName, null, null));

    public static IEnumerable<CompletionItem> Types() =>
        JourneyType.ByName.Keys
            .Select(t => new CompletionItem(t, CompletionItemKind.Type, "type", null, null))
            .Append(new CompletionItem("enum", CompletionItemKind.Type, "enum(a, b, ...)", "One of a fixed set of names.", "enum("))
            .Append(new CompletionItem("list", CompletionItemKind.Type, "list(T)", "A list of values of one type.", "list("));

    public static IEnumerable<CompletionItem> Functions() => BuiltIns.Functions.Select(f =>
        new CompletionItem(f.Name, CompletionItemKind.Function, f.Usage, SymbolDescriptions.Function(f), f.Name + "("));

    private static CompletionItem Symbol(SymbolTable symbols, Symbol symbol, CompletionItemKind kind) =>
        new(symbol.Name, kind, SymbolDescriptions.Detail(symbols, symbol), SymbolDescriptions.Markdown(symbols, symbol), null);
}
