using MarketingAutomation.Language.Syntax;
using MarketingAutomation.Language.Text;

namespace MarketingAutomation.Language.Binding;

internal sealed partial class Binder
{
    private (SourceText Source, TextSpan Span)? firstLifecycle;

    private void DeclareAll()
    {
        foreach (var tree in trees)
        {
            source = tree.Source;
            foreach (var declaration in tree.Root.Declarations)
            {
                Declare(declaration);
            }
        }
    }

    private void Declare(DeclarationSyntax declaration)
    {
        switch (declaration)
        {
            case ContactDeclarationSyntax contact:
                DeclareContact(contact);
                break;
            case EventDeclarationSyntax @event when !@event.Name.IsMissing:
                var eventSymbol = new EventSymbol(@event.Name.Text, source, @event.Name.Span, @event.Span) { Documentation = @event.Documentation };
                if (TryDeclare(symbols.EventsByName, eventSymbol, "event"))
                {
                    DeclareFields(eventSymbol, @event.Fields);
                }

                break;
            case TemplateDeclarationSyntax template when !template.Name.IsMissing:
                DeclareTemplate(template);
                break;
            case SegmentDeclarationSyntax segment when !segment.Name.IsMissing:
                TryDeclare(symbols.SegmentsByName, new SegmentSymbol(segment.Name.Text, source, segment) { Documentation = segment.Documentation }, "segment");
                break;
            case ScoreDeclarationSyntax score when !score.Name.IsMissing:
                TryDeclare(symbols.ScoresByName, new ScoreSymbol(score.Name.Text, source, score) { Documentation = score.Documentation }, "score");
                break;
            case LifecycleDeclarationSyntax lifecycle:
                DeclareLifecycle(lifecycle);
                break;
            case ConnectionDeclarationSyntax connection when !connection.Name.IsMissing:
                TryDeclare(symbols.ConnectionsByName, new ConnectionSymbol(connection.Name.Text, source, connection) { Documentation = connection.Documentation }, "connection");
                break;
            case JourneyDeclarationSyntax journey when !journey.Name.IsMissing:
                TryDeclare(symbols.JourneysByName, new JourneySymbol(journey.Name.Text, source, journey) { Documentation = journey.Documentation }, "journey");
                break;
            case TestDeclarationSyntax test:
                symbols.TestList.Add(new TestSymbol(test.Name.Value, source, test));
                break;
        }
    }

    private bool TryDeclare<T>(Dictionary<string, T> table, T symbol, string kind)
        where T : Symbol
    {
        if (table.TryGetValue(symbol.Name, out var existing))
        {
            diagnostics.ReportDuplicateDeclaration(source, symbol.NameSpan, kind, symbol.Name, Location(existing));
            return false;
        }

        table[symbol.Name] = symbol;
        return true;
    }

    private void DeclareContact(ContactDeclarationSyntax contact)
    {
        if (symbols.Contact is { } existing)
        {
            diagnostics.ReportRepeatedContact(source, contact.KeywordSpan, Location(existing));
            return;
        }

        symbols.Contact = new ContactSymbol(source, contact.KeywordSpan, contact.Span) { Documentation = contact.Documentation };
        DeclareFields(symbols.Contact, contact.Fields);
    }

    private void DeclareFields(RecordSymbol owner, IReadOnlyList<FieldDeclarationSyntax> fields)
    {
        foreach (var field in fields.Where(f => !f.Name.IsMissing))
        {
            var type = ResolveType(field.Type);
            var symbol = new FieldSymbol(field.Name.Text, type, field.Type.IsOptional, field.Default is not null, source, field.Name.Span, field.Span)
            {
                DefaultValue = field.Default,
            };
            if (!owner.TryAddField(symbol))
            {
                diagnostics.ReportDuplicateField(source, field.Name.Span, field.Name.Text);
            }
        }
    }

    private JourneyType ResolveType(TypeSyntax type)
    {
        switch (type)
        {
            case NamedTypeSyntax { Name.IsMissing: true }:
                return JourneyType.Error;
            case NamedTypeSyntax named when JourneyType.ByName.TryGetValue(named.Name.Text, out var known):
                return known;
            case NamedTypeSyntax named:
                diagnostics.ReportUnknownType(source, named.Name.Span, named.Name.Text, Suggestions.Closest(named.Name.Text, JourneyType.ByName.Keys.Append("enum").Append("list")));
                return JourneyType.Error;
            case EnumTypeSyntax @enum:
                var values = new List<string>();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var value in @enum.Values.Where(v => !v.IsMissing))
                {
                    if (!seen.Add(value.Text))
                    {
                        diagnostics.ReportDuplicateField(source, value.Span, value.Text);
                    }
                    else
                    {
                        values.Add(value.Text);
                    }
                }

                return new EnumType(values);
            case ListTypeSyntax list:
                return new ListType(ResolveType(list.ElementType));
            default:
                return JourneyType.Error;
        }
    }

    private void DeclareLifecycle(LifecycleDeclarationSyntax lifecycle)
    {
        if (firstLifecycle is { } first)
        {
            diagnostics.ReportRepeatedLifecycle(source, new TextSpan(lifecycle.Span.Start, "lifecycle".Length), Location(first.Source, first.Span));
            return;
        }

        firstLifecycle = (source, lifecycle.Span);
        symbols.HasLifecycle = true;
        var order = 0;
        foreach (var stage in lifecycle.Stages.Where(s => !s.IsMissing))
        {
            if (symbols.StagesByName.ContainsKey(stage.Text))
            {
                diagnostics.ReportDuplicateStage(source, stage.Span, stage.Text);
                continue;
            }

            symbols.StagesByName[stage.Text] = new StageSymbol(stage.Text, order++, source, stage.Span) { Documentation = lifecycle.Documentation };
        }
    }

    private void CheckContactCount()
    {
        if (symbols.Contact is null && trees.Any(t => t.Root.Declarations.Count > 0))
        {
            var first = trees.First(t => t.Root.Declarations.Count > 0);
            var declaration = first.Root.Declarations[0];
            diagnostics.ReportMissingContact(first.Source, new TextSpan(declaration.Span.Start, 0));
        }
    }

    /// <summary>Checks default values against the types resolved when the fields were declared.</summary>
    private void CheckFields(RecordSymbol? owner, IReadOnlyList<FieldDeclarationSyntax> fields)
    {
        foreach (var field in fields)
        {
            // A repeated field or declaration was reported already and has no symbol of its own.
            if (field.Default is null || owner?.FindField(field.Name.Text) is not { } symbol || symbol.DeclarationSpan != field.Span || symbol.Source != source)
            {
                continue;
            }

            CheckValue(field.Default, symbol.Type, BindingScope.NoEvent, $"for `{field.Name.Text}`");
        }
    }

    private void ReportUnused()
    {
        var used = references.Select(r => r.Symbol).ToHashSet();
        IEnumerable<(Symbol Symbol, string Kind)> candidates =
        [
            .. symbols.Templates.Select(t => ((Symbol)t, "template")),
            .. symbols.Segments.Select(s => ((Symbol)s, "segment")),
            .. symbols.Scores.Select(s => ((Symbol)s, "score")),
            .. symbols.Connections.Select(c => ((Symbol)c, "connection")),
        ];
        foreach (var (symbol, kind) in candidates)
        {
            if (!used.Contains(symbol) && symbol.Source is { } declaredIn)
            {
                diagnostics.ReportUnused(declaredIn, symbol.NameSpan, kind, symbol.Name);
            }
        }
    }
}
