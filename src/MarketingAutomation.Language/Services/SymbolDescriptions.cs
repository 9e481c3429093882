using System.Text;
using MarketingAutomation.Language.Binding;
using MarketingAutomation.Language.Syntax;

namespace MarketingAutomation.Language.Services;

/// <summary>
/// How a symbol is shown to a person: a one-line signature (`(field) contact.email: email?`) and
/// a Markdown text with what matters about it, shared by hover and completion.
/// </summary>
internal static class SymbolDescriptions
{
    private const string Fence = "```journey";

    // Declared symbols always have a source; built-ins have none and nothing to quote from it.
    private static readonly Text.SourceText EmptySource = new(string.Empty, string.Empty);

    public static string Signature(SymbolTable symbols, Symbol symbol) => symbol switch
    {
        ContactSymbol => "contact",
        FieldSymbol field => $"(field) {SymbolFinder.OwnerOf(symbols, field)?.Name ?? "?"}.{field}{DefaultOf(field)}",
        EventSymbol @event => $"(event) {@event.Name}",
        TemplateSymbol template => $"(template) {ChannelName(template.Channel)} {template.Name}{(template.IsTransactional ? " transactional" : string.Empty)}",
        SegmentSymbol segment => $"(segment) {segment.Name} = {SourceSnippets.OneLine(segment.Source ?? EmptySource, segment.Syntax.Condition.Span, 120)}",
        StageSymbol stage => $"(stage) {stage.Name}",
        TestSymbol test => $"(test) \"{test.Name}\" for {test.Syntax.Journey.Text}",
        _ => $"({symbol.Kind.ToString().ToLowerInvariant()}) {symbol.Name}",
    };

    /// <summary>A short detail for a completion list: a field's type, a template's channel and subject.</summary>
    public static string Detail(SymbolTable symbols, Symbol symbol) => symbol switch
    {
        FieldSymbol field => field.Type.DisplayName + (field.IsOptional ? "?" : string.Empty),
        TemplateSymbol template => $"{ChannelName(template.Channel)} template" + (template.Subject is { } subject ? $": {subject}" : string.Empty),
        EventSymbol @event => @event.IsBuiltIn ? "built-in event" : "event",
        _ => Signature(symbols, symbol),
    };

    public static string Markdown(SymbolTable symbols, Symbol symbol)
    {
        var text = new StringBuilder();
        text.Append(Fence).Append('\n').Append(Signature(symbols, symbol)).Append("\n```");
        if (Details(symbols, symbol) is { Length: > 0 } details)
        {
            text.Append("\n\n").Append(details);
        }

        if (symbol.Documentation is { Length: > 0 } documentation)
        {
            text.Append("\n\n").Append(documentation);
        }

        return text.ToString();
    }

    public static string Function(FunctionSignature function) =>
        $"{Fence}\n{function.Usage}: {function.ReturnType.DisplayName}\n```\n\n{function.Description}";

    private static string Details(SymbolTable symbols, Symbol symbol) => symbol switch
    {
        RecordSymbol record => FieldList(record),
        TemplateSymbol template => TemplateDetails(template),
        StageSymbol stage => string.Join(" → ", symbols.Stages.Select(s => s == stage ? $"**{s.Name}**" : s.Name)),
        ScoreSymbol score => string.Join("\n", score.Syntax.Rules.Select(r => "- `" + SourceSnippets.OneLine(score.Source ?? EmptySource, r.Span) + "`")),
        JourneySymbol journey => JourneyDetails(journey),
        _ => string.Empty,
    };

    private static string FieldList(RecordSymbol record)
    {
        if (record.Fields.Count == 0)
        {
            return record is EventSymbol ? "No fields." : string.Empty;
        }

        return "Fields:\n\n" + string.Join("\n", record.Fields.Select(f => $"- `{f}`"));
    }

    private static string TemplateDetails(TemplateSymbol template)
    {
        var lines = new List<string>();
        if (template.Subject is { } subject)
        {
            lines.Add($"Subject: {subject}");
        }

        if (template.Arguments.Count > 0)
        {
            lines.Add("Arguments: " + string.Join(", ", template.Arguments.Select(a => $"`{a}`")));
        }

        if (template.IsTransactional)
        {
            lines.Add("Transactional: sent despite quiet hours, caps and marketing opt-outs.");
        }

        return string.Join("\n\n", lines);
    }

    private static string JourneyDetails(JourneySymbol journey)
    {
        var trigger = journey.Syntax.Clauses.OfType<TriggerClauseSyntax>().FirstOrDefault();
        return trigger is null || journey.Source is not { } source
            ? "Entered only through `start journey`."
            : $"Trigger: `{SourceSnippets.OneLine(source, trigger.Span)}`";
    }

    private static string DefaultOf(FieldSymbol field) =>
        field.DefaultValue is { } value && field.Source is { } source ? " = " + SourceSnippets.OneLine(source, value.Span, 40) : string.Empty;

    public static string ChannelName(Channel channel) => channel.ToString().ToLowerInvariant();
}
