using MarketingAutomation.Language.Syntax;

namespace MarketingAutomation.Language.Services;

/// <summary>
/// What the syntax alone says about names the binder does not record as symbols: function
/// names, properties of object literals, enum values, types, channels and built-in values.
/// </summary>
internal static class SemanticSyntaxOverlays
{
    private static readonly HashSet<string> Variables = new(StringComparer.Ordinal) { "contact", "event", "today", "now" };

    public static IEnumerable<SemanticToken> For(SyntaxTree tree)
    {
        foreach (var node in SyntaxWalk.DescendantsAndSelf(tree.Root))
        {
            foreach (var token in For(node))
            {
                yield return token;
            }
        }
    }

    private static IEnumerable<SemanticToken> For(SyntaxNode node)
    {
        switch (node)
        {
            case CallExpressionSyntax call:
                yield return Token(call.Function, SemanticTokenType.Function);
                break;
            case PropertySyntax property:
                yield return Token(property.Name, SemanticTokenType.Property);
                break;
            case MemberExpressionSyntax member:
                yield return Token(member.Member, SemanticTokenType.Property);
                break;
            case NameExpressionSyntax name:
                yield return Token(name.Name, Variables.Contains(name.Name.Text) ? SemanticTokenType.Variable : SemanticTokenType.EnumMember);
                break;
            case EnumTypeSyntax @enum:
                foreach (var value in @enum.Values)
                {
                    yield return Token(value, SemanticTokenType.EnumMember, declaration: true);
                }

                break;
            case NamedTypeSyntax type:
                yield return Token(type.Name, SemanticTokenType.Type);
                break;
            case SendStatementSyntax send:
                yield return Token(send.Channel, SemanticTokenType.Keyword);
                break;
            case PreferredOptionSyntax option:
                yield return Token(option.Channel, SemanticTokenType.Keyword);
                break;
            case TemplateDeclarationSyntax template:
                yield return Token(template.Channel, SemanticTokenType.Keyword);
                break;
            case TestExpectSyntax { Channel: { } channel }:
                yield return Token(channel, SemanticTokenType.Keyword);
                break;
            case FrequencyCapRuleSyntax cap:
                yield return Token(cap.Channel, SemanticTokenType.Keyword);
                break;
            case RecurringTriggerSyntax recurring:
                yield return Token(recurring.Day, SemanticTokenType.EnumMember);
                yield return Token(recurring.Segment, SemanticTokenType.Segment);
                break;
            // A broadcast's audience may be `everyone`, which the binder records no symbol for.
            case ScheduleTriggerSyntax schedule:
                yield return Token(schedule.Segment, SemanticTokenType.Segment);
                break;
        }
    }

    private static SemanticToken Token(NameSyntax name, SemanticTokenType type, bool declaration = false) =>
        new(name.Span, type, declaration);
}
