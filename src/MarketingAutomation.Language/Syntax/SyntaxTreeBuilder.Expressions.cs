using System.Globalization;
using System.Text;
using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using MarketingAutomation.Language.Syntax.Generated;
using MarketingAutomation.Language.Text;
using P = MarketingAutomation.Language.Syntax.Generated.JourneyParser;

namespace MarketingAutomation.Language.Syntax;

internal sealed partial class SyntaxTreeBuilder
{
    private ExpressionSyntax? OptionalExpression(P.ExpressionContext? context) => context is null ? null : Expression(context);

    private ExpressionSyntax Expression(P.ExpressionContext? context) => context switch
    {
        null => new MissingExpressionSyntax(SpanOf(context)),
        _ when context.exception is not null && context.ChildCount == 0 => new MissingExpressionSyntax(SpanOf(context)),
        P.PrimaryExpressionContext c => Primary(c.primary()),
        P.MemberExpressionContext c => new MemberExpressionSyntax(Expression(c.expression()), Name(c.memberName()), SpanOf(c)),
        P.NegateExpressionContext c => new UnaryExpressionSyntax(UnaryOperator.Negate, Expression(c.expression()), SpanOf(c)),
        P.NotExpressionContext c => new UnaryExpressionSyntax(UnaryOperator.Not, Expression(c.expression()), SpanOf(c)),
        P.MultiplicativeExpressionContext c => Binary(c.expression(0), c.op, false, c.expression(1), c),
        P.AdditiveExpressionContext c => Binary(c.expression(0), c.op, false, c.expression(1), c),
        P.MembershipExpressionContext c => Binary(c.expression(0), c.op, c.NOT() is not null, c.expression(1), c),
        P.ComparisonExpressionContext c => Binary(c.expression(0), c.op, false, c.expression(1), c),
        P.IsSetExpressionContext c => new IsSetExpressionSyntax(Expression(c.expression()), c.NOT() is not null, SpanOf(c)),
        P.AndExpressionContext c => Binary(c.expression(0), c.AND().Symbol, false, c.expression(1), c),
        P.OrExpressionContext c => Binary(c.expression(0), c.OR().Symbol, false, c.expression(1), c),
        _ => new MissingExpressionSyntax(SpanOf(context)),
    };

    private ExpressionSyntax Binary(P.ExpressionContext? left, IToken? op, bool negated, P.ExpressionContext? right, ParserRuleContext whole)
    {
        var operatorKind = op?.Type switch
        {
            JourneyLexer.STAR => BinaryOperator.Multiply,
            JourneyLexer.SLASH => BinaryOperator.Divide,
            JourneyLexer.PLUS => BinaryOperator.Add,
            JourneyLexer.MINUS => BinaryOperator.Subtract,
            JourneyLexer.IN => BinaryOperator.In,
            JourneyLexer.CONTAINS => BinaryOperator.Contains,
            JourneyLexer.STARTS_WITH => BinaryOperator.StartsWith,
            JourneyLexer.ENDS_WITH => BinaryOperator.EndsWith,
            JourneyLexer.EQ => BinaryOperator.Equal,
            JourneyLexer.NEQ => BinaryOperator.NotEqual,
            JourneyLexer.LT => BinaryOperator.Less,
            JourneyLexer.LE => BinaryOperator.LessOrEqual,
            JourneyLexer.GT => BinaryOperator.Greater,
            JourneyLexer.GE => BinaryOperator.GreaterOrEqual,
            JourneyLexer.AND => BinaryOperator.And,
            JourneyLexer.OR => BinaryOperator.Or,
            _ => (BinaryOperator?)null,
        };
        if (operatorKind is not { } kind || op is null)
        {
            return new MissingExpressionSyntax(SpanOf(whole));
        }

        return new BinaryExpressionSyntax(Expression(left), kind, SpanOf(op), negated, Expression(right), SpanOf(whole));
    }

    private ExpressionSyntax Primary(P.PrimaryContext? context) => context switch
    {
        P.LiteralPrimaryContext c => Literal(c.literal()),
        P.CallPrimaryContext c => new CallExpressionSyntax(
            Name(c.callee),
            c.argument().Select(a => new ArgumentSyntax(Expression(a.expression()), Duration(a.DURATION_LITERAL()), SpanOf(a))).ToList(),
            SpanOf(c)),
        P.HasTagPrimaryContext c when String(c.STRING_LITERAL()) is { } tag => new HasTagExpressionSyntax(tag, SpanOf(c)),
        P.ListPrimaryContext c => new ListExpressionSyntax(c.expression().Select(Expression).ToList(), SpanOf(c)),
        P.ParenthesizedPrimaryContext c => new ParenthesizedExpressionSyntax(Expression(c.expression()), SpanOf(c)),
        P.NamePrimaryContext c => new NameExpressionSyntax(c.name() is { } name ? Name(name) : Name(c.Start)),
        _ => new MissingExpressionSyntax(SpanOf(context)),
    };

    private ExpressionSyntax Literal(P.LiteralContext? context)
    {
        if (context?.Start is not { } token || context.exception is not null)
        {
            return new MissingExpressionSyntax(SpanOf(context));
        }

        return token.Type switch
        {
            JourneyLexer.STRING_LITERAL => String(context.STRING_LITERAL()) ?? (ExpressionSyntax)new MissingExpressionSyntax(SpanOf(context)),
            JourneyLexer.INT_LITERAL or JourneyLexer.DECIMAL_LITERAL => Number(context.number()) ?? (ExpressionSyntax)new MissingExpressionSyntax(SpanOf(context)),
            JourneyLexer.DURATION_LITERAL => Duration(context.DURATION_LITERAL()) ?? (ExpressionSyntax)new MissingExpressionSyntax(SpanOf(context)),
            JourneyLexer.PERCENT_LITERAL => Percent(context.PERCENT_LITERAL()) ?? (ExpressionSyntax)new MissingExpressionSyntax(SpanOf(context)),
            JourneyLexer.TIME_LITERAL => Time(context.TIME_LITERAL()) ?? (ExpressionSyntax)new MissingExpressionSyntax(SpanOf(context)),
            JourneyLexer.DATE_LITERAL => Date(context.DATE_LITERAL()) ?? (ExpressionSyntax)new MissingExpressionSyntax(SpanOf(context)),
            JourneyLexer.TRUE => new BoolLiteralSyntax(token.Text, true, SpanOf(token)),
            JourneyLexer.FALSE => new BoolLiteralSyntax(token.Text, false, SpanOf(token)),
            _ => new MissingExpressionSyntax(SpanOf(context)),
        };
    }

    private ObjectLiteralSyntax? OptionalObject(P.ObjectLiteralContext? context) => context is null ? null : Object(context);

    private ObjectLiteralSyntax Object(P.ObjectLiteralContext context) =>
        new(context.property().Select(p => new PropertySyntax(Name(p.memberName()), Expression(p.expression()), SpanOf(p))).ToList(), SpanOf(context));

    private EventReferenceSyntax EventRef(P.EventRefContext? context) => context switch
    {
        null => new EventReferenceSyntax(null, MissingName(context), SpanOf(context)),
        _ when context.DOT() is not null => new EventReferenceSyntax(Name(context.name()), Name(context.memberName()), SpanOf(context)),
        _ => new EventReferenceSyntax(null, Name(context.name()), SpanOf(context)),
    };

    private NameSyntax Name(P.MemberNameContext? context) => Name((ParserRuleContext?)context);

    private NameSyntax Name(P.FunctionNameContext? context) => Name((ParserRuleContext?)context);

    private NameSyntax Name(P.NameContext? context) => Name((ParserRuleContext?)context);

    private NameSyntax Name(ParserRuleContext? context) =>
        context is null || context.exception is not null || context.Start is not { } token || token.TokenIndex < 0 || token.Type == TokenConstants.EOF
            ? MissingName(context)
            : new NameSyntax(token.Text, SpanOf(token));

    private NameSyntax Name(IToken? token) =>
        token is null || token.TokenIndex < 0 || token.Type == TokenConstants.EOF
            ? new NameSyntax(string.Empty, token is null ? default : new TextSpan(Math.Max(0, token.StartIndex), 0))
            : new NameSyntax(token.Text, SpanOf(token));

    private NameSyntax MissingName(ParserRuleContext? context) => new(string.Empty, new TextSpan(SpanOf(context).Start, 0));

    private StringLiteralSyntax MissingString(ParserRuleContext context) => new("\"\"", string.Empty, new TextSpan(SpanOf(context).Start, 0));

    private StringLiteralSyntax? String(ITerminalNode? node) =>
        IsPresent(node) ? new StringLiteralSyntax(node.GetText(), Unescape(node.GetText()), SpanOf(node)) : null;

    private NumberLiteralSyntax? Number(P.NumberContext? context) =>
        context?.Start is { } token && token.TokenIndex >= 0 && context.exception is null
            ? new NumberLiteralSyntax(token.Text, decimal.TryParse(token.Text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : decimal.MaxValue, SpanOf(token))
            : null;

    private DurationLiteralSyntax? Duration(ITerminalNode? node)
    {
        if (!IsPresent(node))
        {
            return null;
        }

        var text = node.GetText();
        var unit = text[^1] switch
        {
            's' => DurationUnit.Seconds,
            'm' => DurationUnit.Minutes,
            'h' => DurationUnit.Hours,
            'd' => DurationUnit.Days,
            _ => DurationUnit.Weeks,
        };
        long? amount = long.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
        return new DurationLiteralSyntax(text, amount, unit, SpanOf(node));
    }

    private PercentLiteralSyntax? Percent(ITerminalNode? node) =>
        IsPresent(node)
            ? new PercentLiteralSyntax(node.GetText(), decimal.TryParse(node.GetText().TrimEnd('%'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : decimal.MaxValue, SpanOf(node))
            : null;

    private TimeLiteralSyntax? Time(ITerminalNode? node)
    {
        if (!IsPresent(node))
        {
            return null;
        }

        var text = node.GetText();
        var colon = text.IndexOf(':');
        return new TimeLiteralSyntax(text, int.Parse(text[..colon], CultureInfo.InvariantCulture), int.Parse(text[(colon + 1)..], CultureInfo.InvariantCulture), SpanOf(node));
    }

    private DateLiteralSyntax? Date(ITerminalNode? node) =>
        IsPresent(node)
            ? new DateLiteralSyntax(node.GetText(), DateOnly.TryParseExact(node.GetText(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value) ? value : null, SpanOf(node))
            : null;

    /// <summary>
    /// Decodes escapes. Invalid escapes cannot get here (the lexer would have ended the string
    /// there), but the decoder still keeps any unknown escape as written rather than failing.
    /// </summary>
    internal static string Unescape(string quoted)
    {
        var body = quoted.Length >= 2 ? quoted[1..^1] : string.Empty;
        if (!body.Contains('\\'))
        {
            return body;
        }

        var result = new StringBuilder(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] != '\\' || i + 1 >= body.Length)
            {
                result.Append(body[i]);
                continue;
            }

            var next = body[++i];
            switch (next)
            {
                case 'n': result.Append('\n'); break;
                case 'r': result.Append('\r'); break;
                case 't': result.Append('\t'); break;
                case 'u' when i + 4 < body.Length && int.TryParse(body.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code):
                    result.Append((char)code);
                    i += 4;
                    break;
                default: result.Append(next); break;
            }
        }

        return result.ToString();
    }

    private static bool IsPresent([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] ITerminalNode? node) =>
        node is not null && node is not IErrorNode && node.Symbol.TokenIndex >= 0;

    private TextSpan SpanOf(ITerminalNode node) => SpanOf(node.Symbol);

    private TextSpan SpanOf(IToken token) =>
        token.Type == TokenConstants.EOF || token.StartIndex < 0
            ? new TextSpan(Clamp(token.StartIndex), 0)
            : TextSpan.FromBounds(token.StartIndex, token.StopIndex + 1);

    private TextSpan SpanOf(ParserRuleContext? context)
    {
        if (context?.Start is not { } start)
        {
            return new TextSpan(Clamp(source.Text.Length), 0);
        }

        var startOffset = Clamp(start.StartIndex);
        if (context.Stop is not { } stop || stop.TokenIndex < start.TokenIndex)
        {
            return new TextSpan(startOffset, 0);
        }

        return TextSpan.FromBounds(startOffset, Math.Max(startOffset, Clamp(stop.StopIndex + 1)));
    }

    // An offset within the text. Where it is the text's end, the declaration being built notes it:
    // its syntax then depends on the text's length, not only on its own tokens.
    private int Clamp(int offset)
    {
        var clamped = Math.Clamp(offset, 0, source.Text.Length);
        reachesTextEnd |= clamped == source.Text.Length;
        return clamped;
    }

    private TextSpan SpanOf(ParserRuleContext first, ParserRuleContext last) => TextSpan.FromBounds(SpanOf(first).Start, SpanOf(last).End);
}
