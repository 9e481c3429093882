using MarketingAutomation.Language.Binding;
using MarketingAutomation.Language.Syntax;
using MarketingAutomation.Language.Workspace;

namespace MarketingAutomation.Language.Services;

/// <summary>Hover texts: for every declared or built-in symbol, built-in function and built-in value.</summary>
public static class HoverService
{
    private static readonly Dictionary<string, string> Values = new(StringComparer.Ordinal)
    {
        ["today"] = "(value) today: date\n```\n\nToday's date in the contact's time zone.",
        ["now"] = "(value) now: datetime\n```\n\nThe current moment.",
    };

    public static Hover? GetHover(Compilation compilation, SyntaxTree tree, int position)
    {
        if (position < 0 || position > tree.Source.Text.Length)
        {
            return null;
        }

        var symbols = compilation.Model.Symbols;
        if (SymbolFinder.At(compilation, tree, position) is { } occurrence)
        {
            return new Hover(SymbolDescriptions.Markdown(symbols, occurrence.Symbol), occurrence.Span);
        }

        var path = SyntaxWalk.PathTo(tree.Root, position);
        for (var i = path.Count - 1; i > 0; i--)
        {
            if (path[i] is not NameSyntax name || !name.Span.IntersectsOrTouches(position))
            {
                continue;
            }

            switch (path[i - 1])
            {
                case CallExpressionSyntax call when call.Function == name && BuiltIns.FindFunction(name.Text) is { } function:
                    return new Hover(SymbolDescriptions.Function(function), name.Span);
                case NameExpressionSyntax when name.Text == "event" && EventRead(compilation, tree, path, i) is { } @event:
                    return new Hover($"```journey\n(value) event: {@event.Name}\n```\n\nThe event at hand here.\n\n{FieldsOf(@event)}", name.Span);
                case NameExpressionSyntax when Values.TryGetValue(name.Text, out var text):
                    return new Hover("```journey\n" + text, name.Span);
            }
        }

        return null;
    }

    /// <summary>Which event `event` is, read from the field the binder resolved right after it (`event.total`).</summary>
    private static EventSymbol? EventRead(Compilation compilation, SyntaxTree tree, IReadOnlyList<SyntaxNode> path, int nameIndex)
    {
        if (nameIndex < 2 || path[nameIndex - 2] is not MemberExpressionSyntax member || member.Target != path[nameIndex - 1])
        {
            return null;
        }

        var field = compilation.Model.References
            .FirstOrDefault(r => r.Source == tree.Source && r.Span == member.Member.Span)?.Symbol as FieldSymbol;
        return field is null ? null : SymbolFinder.OwnerOf(compilation.Model.Symbols, field) as EventSymbol;
    }

    private static string FieldsOf(EventSymbol @event) =>
        @event.Fields.Count == 0 ? "No fields." : "Fields:\n\n" + string.Join("\n", @event.Fields.Select(f => $"- `{f}`"));
}
