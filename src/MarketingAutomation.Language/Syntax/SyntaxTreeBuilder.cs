using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using MarketingAutomation.Language.Syntax.Generated;
using MarketingAutomation.Language.Text;
using P = MarketingAutomation.Language.Syntax.Generated.JourneyParser;

namespace MarketingAutomation.Language.Syntax;

/// <summary>
/// Turns ANTLR's parse tree into our immutable syntax tree. Parts the parser could not read are
/// represented as missing names or <see cref="MissingExpressionSyntax"/> so later stages can skip
/// them silently: their syntax error is already reported.
/// </summary>
internal sealed partial class SyntaxTreeBuilder(SourceText source, CommonTokenStream tokens)
{
    private bool reachesTextEnd;

    /// <summary>
    /// A top-level declaration with the comment written above it; null when the parser could make
    /// nothing of it. <paramref name="reachesTextEnd"/> tells whether a span in it is the text's end
    /// (where a part is missing), which moves when text is inserted anywhere before.
    /// </summary>
    public DeclarationSyntax? BuildTopLevel(P.DeclarationContext declaration, out bool reachesTextEnd)
    {
        this.reachesTextEnd = false;
        var built = BuildDeclaration(declaration);
        reachesTextEnd = this.reachesTextEnd;
        return built is null ? null : built with { Documentation = DocumentationFor(declaration.Start) };
    }

    private DeclarationSyntax? BuildDeclaration(P.DeclarationContext context) => context.GetChild(0) switch
    {
        P.ContactDeclContext c => new ContactDeclarationSyntax(Fields(c.fieldDecl()), SpanOf(c.CONTACT()), SpanOf(c)),
        P.EventDeclContext c => new EventDeclarationSyntax(Name(c.name()), Fields(c.fieldDecl()), SpanOf(c)),
        P.TemplateDeclContext c => BuildTemplate(c),
        P.SegmentDeclContext c => new SegmentDeclarationSyntax(Name(c.name()), Expression(c.expression()), SpanOf(c)),
        P.ScoreDeclContext c => new ScoreDeclarationSyntax(Name(c.name()), c.scoreRule().Select(BuildScoreRule).OfType<ScoreRuleSyntax>().ToList(), SpanOf(c)),
        P.LifecycleDeclContext c => new LifecycleDeclarationSyntax(c.name().Select(Name).ToList(), SpanOf(c)),
        P.PolicyDeclContext c => new PolicyDeclarationSyntax(c.policyRule().Select(BuildPolicyRule).OfType<PolicyRuleSyntax>().ToList(), SpanOf(c)),
        P.ConnectionDeclContext c => new ConnectionDeclarationSyntax(Name(c.name()), SpanOf(c)),
        P.JourneyDeclContext c => BuildJourney(c),
        P.TestDeclContext c => BuildTest(c),
        _ => null,
    };

    private List<FieldDeclarationSyntax> Fields(P.FieldDeclContext[] fields) =>
        fields.Select(f => new FieldDeclarationSyntax(Name(f.memberName()), BuildType(f.typeRef()), OptionalExpression(f.expression()), SpanOf(f))).ToList();

    private TypeSyntax BuildType(P.TypeRefContext? context) => context switch
    {
        P.EnumTypeContext c => new EnumTypeSyntax(c.name().Select(Name).ToList(), c.QUESTION() is not null, SpanOf(c)),
        P.ListTypeContext c => new ListTypeSyntax(BuildType(c.typeRef()), c.QUESTION() is not null, SpanOf(c)),
        P.NamedTypeContext c => new NamedTypeSyntax(Name(c.name()), c.QUESTION() is not null, SpanOf(c)),
        _ => new NamedTypeSyntax(MissingName(context), false, SpanOf(context)),
    };

    private TemplateDeclarationSyntax BuildTemplate(P.TemplateDeclContext context)
    {
        var parts = new List<TemplatePartSyntax>();
        if (context.templateText() is { } inline && TemplateText(inline) is var (value, isFile) && value is not null)
        {
            parts.Add(new TemplatePartSyntax(TemplatePartKind.Inline, value, isFile, SpanOf(inline)));
        }

        foreach (var part in context.templatePart())
        {
            var kind = part.partName?.Type switch
            {
                JourneyLexer.SUBJECT => TemplatePartKind.Subject,
                JourneyLexer.BODY => TemplatePartKind.Body,
                JourneyLexer.TEXT => TemplatePartKind.Text,
                _ => TemplatePartKind.Preheader,
            };
            if (TemplateText(part.templateText()) is var (partValue, partIsFile) && partValue is not null)
            {
                parts.Add(new TemplatePartSyntax(kind, partValue, partIsFile, SpanOf(part)));
            }
        }

        return new TemplateDeclarationSyntax(Name(context.channel), Name(context.templateName), context.TRANSACTIONAL() is not null, parts, SpanOf(context));
    }

    private (StringLiteralSyntax? Value, bool IsFile) TemplateText(P.TemplateTextContext? context) => context switch
    {
        P.InlineTextContext c => (String(c.STRING_LITERAL()), false),
        P.FileTextContext c => (String(c.STRING_LITERAL()), true),
        _ => (null, false),
    };

    private ScoreRuleSyntax? BuildScoreRule(P.ScoreRuleContext context) => context switch
    {
        P.ScoreOnRuleContext c when Number(c.amount) is { } points => new ScoreOnRuleSyntax(
            EventRef(c.eventRef()),
            OptionalExpression(c.expression()),
            points,
            c.sign?.Type == JourneyLexer.MINUS,
            c.MAX() is null ? null : Limit(c.INT_LITERAL(), c.DURATION_LITERAL(), c.MAX().Symbol, c.Stop),
            SpanOf(c)),
        P.ScoreDecayRuleContext c when Percent(c.PERCENT_LITERAL()) is { } percent && Duration(c.DURATION_LITERAL()) is { } period =>
            new ScoreDecayRuleSyntax(percent, period, SpanOf(c)),
        _ => null,
    };

    private PolicyRuleSyntax? BuildPolicyRule(P.PolicyRuleContext context) => context switch
    {
        P.QuietHoursRuleContext c when c.TIME_LITERAL().Length == 2 && Time(c.TIME_LITERAL(0)) is { } from && Time(c.TIME_LITERAL(1)) is { } to =>
            new QuietHoursRuleSyntax(from, to, Zone(c.zone()), SpanOf(c)),
        P.FrequencyCapRuleContext c when Limit(c.INT_LITERAL(), c.DURATION_LITERAL(), c.INT_LITERAL()?.Symbol, c.Stop) is { } limit =>
            new FrequencyCapRuleSyntax(Name(c.channel), limit, SpanOf(c)),
        _ => null,
    };

    private IntLimitSyntax? Limit(ITerminalNode? count, ITerminalNode? period, IToken? start, IToken? stop)
    {
        if (!IsPresent(count) || Duration(period) is not { } duration || start is null)
        {
            return null;
        }

        var value = int.TryParse(count.GetText(), out var parsed) ? parsed : int.MaxValue;
        return new IntLimitSyntax(value, SpanOf(count), duration, TextSpan.FromBounds(start.StartIndex, (stop?.StopIndex ?? start.StopIndex) + 1));
    }

    private TestDeclarationSyntax BuildTest(P.TestDeclContext context)
    {
        var items = new List<TestItemSyntax>();
        foreach (var item in context.testItem())
        {
            switch (item)
            {
                case P.TestContactContext c when c.objectLiteral() is { } profile:
                    items.Add(new TestContactSyntax(Object(profile), SpanOf(c)));
                    break;
                case P.TestAtContext c when c.testAction() is P.TestEventActionContext action:
                    items.Add(new TestEventSyntax(Expression(c.expression()), EventRef(action.eventRef()), OptionalObject(action.objectLiteral()), SpanOf(c)));
                    break;
                case P.TestAtContext c when c.testAction() is P.TestSetActionContext action:
                    items.Add(new TestSetSyntax(Expression(c.expression()), Expression(action.target), Expression(action.value), SpanOf(c)));
                    break;
                case P.TestExpectContext c when c.expectation() is { } expectation:
                    items.Add(BuildExpectation(c, expectation));
                    break;
            }
        }

        return new TestDeclarationSyntax(String(context.STRING_LITERAL()) ?? MissingString(context), Name(context.name()), items, SpanOf(context));
    }

    private TestExpectSyntax BuildExpectation(P.TestExpectContext context, P.ExpectationContext expectation)
    {
        var negated = context.NO() is not null;
        var at = OptionalExpression(context.expression());
        var span = SpanOf(context);
        return expectation switch
        {
            P.ExpectSendContext e => new TestExpectSyntax(negated, ExpectationKind.Send, Name(e.channel), Name(e.template), null, at, span),
            P.ExpectStageContext e => new TestExpectSyntax(negated, ExpectationKind.Stage, null, Name(e.name()), null, at, span),
            P.ExpectTagContext e => new TestExpectSyntax(negated, ExpectationKind.Tag, null, null, String(e.STRING_LITERAL()), at, span),
            P.ExpectPostContext e => new TestExpectSyntax(negated, ExpectationKind.Post, null, Name(e.name()), null, at, span),
            P.ExpectNotifyContext => new TestExpectSyntax(negated, ExpectationKind.Notify, null, null, null, at, span),
            P.ExpectExitContext => new TestExpectSyntax(negated, ExpectationKind.Exit, null, null, null, at, span),
            _ => new TestExpectSyntax(negated, ExpectationKind.Goal, null, null, null, at, span),
        };
    }

    // Comment lines written directly above a declaration (no blank line between) document it.
    private string? DocumentationFor(IToken start)
    {
        var hidden = tokens.GetHiddenTokensToLeft(start.TokenIndex);
        if (hidden is null)
        {
            return null;
        }

        var lines = new List<string>();
        var expectedLine = start.Line - 1;
        for (var i = hidden.Count - 1; i >= 0; i--)
        {
            var token = hidden[i];
            if (token.Type == JourneyLexer.WS)
            {
                if (token.Text.Count(c => c == '\n') > 1)
                {
                    break;
                }

                continue;
            }

            if (token.Type != JourneyLexer.LINE_COMMENT || token.Line != expectedLine)
            {
                break;
            }

            lines.Insert(0, token.Text.TrimStart('/').Trim());
            expectedLine--;
        }

        return lines.Count == 0 ? null : string.Join("\n", lines);
    }
}
