using MarketingAutomation.Language.Syntax;
using MarketingAutomation.Language.Syntax.Generated;

namespace MarketingAutomation.Language.Formatting;

internal sealed partial class FormattingFacts
{
    private void Declaration(DeclarationSyntax declaration)
    {
        Item(declaration);
        switch (declaration)
        {
            case ContactDeclarationSyntax contact:
                Fields(contact.Fields);
                break;
            case EventDeclarationSyntax @event:
                Fields(@event.Fields);
                // Only a one-line event lines its field list up with the events around it.
                var brace = FirstOfType(@event.Name.Span.End, @event.Span.End, JourneyLexer.LBRACE);
                Align(@event.Span.Start, AlignKind.EventLine, @event.Span.End, singleLineOnly: true, brace);
                break;
            case TemplateDeclarationSyntax template:
                Template(template);
                break;
            case SegmentDeclarationSyntax segment:
                Expression(segment.Condition);
                break;
            case ScoreDeclarationSyntax score:
                foreach (var rule in score.Rules)
                {
                    ScoreRule(rule);
                }

                break;
            case LifecycleDeclarationSyntax lifecycle:
                foreach (var stage in lifecycle.Stages)
                {
                    Item(stage);
                }

                break;
            case PolicyDeclarationSyntax policy:
                foreach (var rule in policy.Rules)
                {
                    Item(rule);
                }

                break;
            case JourneyDeclarationSyntax journey:
                foreach (var item in journey.Items)
                {
                    JourneyItem(item);
                }

                break;
            case TestDeclarationSyntax test:
                foreach (var item in test.Items)
                {
                    TestItem(item);
                }

                break;
        }
    }

    private void Fields(IEnumerable<FieldDeclarationSyntax> fields)
    {
        foreach (var field in fields)
        {
            Item(field);
            Align(field.Span.Start, AlignKind.Field, field.Span.End, TokenAtOrAfter(field.Name.Span.End));
            Type(field.Type);
            if (field.Default is { } value)
            {
                Expression(value);
            }
        }
    }

    private void Type(TypeSyntax type)
    {
        switch (type)
        {
            case EnumTypeSyntax:
                callNames.Add(type.Span.Start);
                break;
            case ListTypeSyntax list:
                callNames.Add(type.Span.Start);
                Type(list.ElementType);
                break;
        }
    }

    private void Template(TemplateDeclarationSyntax template)
    {
        foreach (var part in template.Parts)
        {
            if (part.Kind == TemplatePartKind.Inline)
            {
                var nameToken = TokenAtOrAfter(template.Name.Span.Start);
                Align(template.Span.Start, AlignKind.InlineTemplate, template.Span.End, nameToken, TokenAtOrAfter(part.Span.Start));
            }
            else
            {
                Item(part);
                Align(part.Span.Start, AlignKind.TemplatePart, part.Span.End, TokenAfter(part.Span.Start));
            }
        }
    }

    private void ScoreRule(ScoreRuleSyntax rule)
    {
        Item(rule);
        if (rule is not ScoreOnRuleSyntax on)
        {
            return;
        }

        var sign = TokenBefore(on.Points.Span.Start);
        if (Is(sign, JourneyLexer.PLUS, JourneyLexer.MINUS) && sign is not null)
        {
            signs.Add(sign.StartIndex);
        }

        // Columns: the points, then `where` or `max`, then a `max` that follows a `where`.
        var tail = TokenAfter(on.Points.Span.Start);
        var cap = Is(tail, JourneyLexer.WHERE) && on.Cap is { } limit ? TokenAtOrAfter(limit.Span.Start) : null;
        Align(on.Span.Start, AlignKind.ScoreRule, on.Span.End, sign, Is(tail, JourneyLexer.WHERE, JourneyLexer.MAX) ? tail : null, cap);
        if (on.Filter is { } filter)
        {
            Expression(filter);
        }
    }

    private void TestItem(TestItemSyntax item)
    {
        Item(item);
        switch (item)
        {
            case TestContactSyntax contact:
                Object(contact.Profile);
                break;
            case TestEventSyntax @event:
                Expression(@event.At);
                Align(item.Span.Start, AlignKind.TestAt, item.Span.End, TokenAtOrAfter(@event.At.Span.End));
                if (@event.Payload is { } payload)
                {
                    Object(payload);
                }

                break;
            case TestSetSyntax set:
                Expression(set.At);
                Align(item.Span.Start, AlignKind.TestAt, item.Span.End, TokenAtOrAfter(set.At.Span.End));
                Expression(set.Target);
                Expression(set.Value);
                break;
            case TestExpectSyntax { At: { } at }:
                Expression(at);
                break;
        }
    }
}
