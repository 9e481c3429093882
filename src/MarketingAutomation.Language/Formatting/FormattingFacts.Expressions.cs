using MarketingAutomation.Language.Syntax;

namespace MarketingAutomation.Language.Formatting;

internal sealed partial class FormattingFacts
{
    private void OptionalExpression(ExpressionSyntax? expression)
    {
        if (expression is not null)
        {
            Expression(expression);
        }
    }

    // Iterative rather than recursive: a chain of two thousand `+` is a tree two thousand deep.
    private void Expression(ExpressionSyntax root)
    {
        var pending = new Stack<ExpressionSyntax>();
        pending.Push(root);
        while (pending.TryPop(out var expression))
        {
            switch (expression)
            {
                case MemberExpressionSyntax member:
                    pending.Push(member.Target);
                    break;
                case CallExpressionSyntax call:
                    callNames.Add(call.Function.Span.Start);
                    foreach (var argument in call.Arguments)
                    {
                        pending.Push(argument.Value);
                    }

                    break;
                case ListExpressionSyntax list:
                    foreach (var item in list.Items)
                    {
                        pending.Push(item);
                    }

                    break;
                case ParenthesizedExpressionSyntax parenthesized:
                    pending.Push(parenthesized.Inner);
                    break;
                case UnaryExpressionSyntax unary:
                    if (unary.Operator == UnaryOperator.Negate)
                    {
                        signs.Add(unary.Span.Start);
                    }

                    pending.Push(unary.Operand);
                    break;
                case BinaryExpressionSyntax binary:
                    pending.Push(binary.Left);
                    pending.Push(binary.Right);
                    break;
            }
        }
    }
}
