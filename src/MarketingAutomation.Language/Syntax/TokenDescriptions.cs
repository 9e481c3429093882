using Antlr4.Runtime;
using Antlr4.Runtime.Misc;
using MarketingAutomation.Language.Syntax.Generated;

namespace MarketingAutomation.Language.Syntax;

/// <summary>Names tokens and expectations the way a marketer reads the language.</summary>
internal static class TokenDescriptions
{
    private const string Step = "a step such as `send`, `wait`, `if`, `split`, `set`, `tag` or `exit`";
    private const string Declaration =
        "a declaration: `contact`, `event`, `template`, `segment`, `score`, `lifecycle`, `policy`, `connection`, `journey` or `test`";

    public static string Describe(IToken token) => token.Type switch
    {
        TokenConstants.EOF => "the end of the file",
        JourneyLexer.STRING_LITERAL => "the text " + Shorten(token.Text),
        JourneyLexer.IDENTIFIER => $"`{Shorten(token.Text)}`",
        JourneyLexer.INT_LITERAL or JourneyLexer.DECIMAL_LITERAL => $"the number `{Shorten(token.Text)}`",
        JourneyLexer.DURATION_LITERAL => $"the duration `{token.Text}`",
        JourneyLexer.PERCENT_LITERAL => $"the percentage `{token.Text}`",
        JourneyLexer.TIME_LITERAL => $"the time `{token.Text}`",
        JourneyLexer.DATE_LITERAL => $"the date `{token.Text}`",
        _ when IsKeyword(token.Type) => $"the keyword `{token.Text}`",
        _ => $"`{Shorten(token.Text)}`",
    };

    /// <summary>
    /// What could have come next. Long lists read badly, so where the rule says what kind of
    /// thing belongs here (a step, a value, a declaration), that is named instead.
    /// </summary>
    public static string DescribeExpected(int ruleIndex, IntervalSet? expected)
    {
        var types = expected?.ToList().Where(t => t != TokenConstants.EOF || expected.Count == 1).ToList() ?? [];
        if (types.Count is > 0 and <= 3)
        {
            return JoinAlternatives(types.Select(DescribeType).Distinct().ToList());
        }

        return ruleIndex switch
        {
            JourneyParser.RULE_compilationUnit or JourneyParser.RULE_declaration => Declaration,
            JourneyParser.RULE_journeyDecl or JourneyParser.RULE_journeyItem =>
                "a clause (`when`, `entry`, `goal`, `leave when`, `holdout`), " + Step + ", or `}`",
            JourneyParser.RULE_statement or JourneyParser.RULE_block => Step + ", or `}`",
            JourneyParser.RULE_trigger => "a trigger: an event, `contact enters`, `stage becomes`, `yearly`, `date`, `inactive`, `no`, `schedule` or `every`",
            JourneyParser.RULE_journeyClause => "a clause: `when`, `entry once`, `entry every time`, `goal`, `leave when` or `holdout`",
            JourneyParser.RULE_typeRef => "a type such as `text`, `number`, `money`, `date` or `enum(a, b)`",
            JourneyParser.RULE_expression or JourneyParser.RULE_primary or JourneyParser.RULE_literal
                or JourneyParser.RULE_argument => "a value",
            JourneyParser.RULE_name or JourneyParser.RULE_eventRef => "a name",
            JourneyParser.RULE_testItem => "`contact {...}`, `at <time> event ...`, `expect ...`, or `}`",
            JourneyParser.RULE_expectation => "what to expect: `send`, `goal`, `exit`, `stage`, `tag`, `post` or `notify sales`",
            JourneyParser.RULE_scoreRule => "a score rule: `on <event> +<points>` or `decay <percent> every <duration>`, or `}`",
            JourneyParser.RULE_policyRule => "a policy rule: `quiet hours 21:00..08:00 local` or `at most 3 email per 7d`, or `}`",
            JourneyParser.RULE_templatePart => "`subject`, `body`, `text`, `preheader`, or `}`",
            JourneyParser.RULE_templateDecl => "the template's text, or `{` with its `subject` and `body`",
            JourneyParser.RULE_fieldDecl or JourneyParser.RULE_contactDecl or JourneyParser.RULE_eventDecl => "a field such as `name: text`, or `}`",
            JourneyParser.RULE_objectLiteral or JourneyParser.RULE_property => "a property such as `name: value`, or `}`",
            _ => types.Count == 0 ? "something else" : JoinAlternatives(types.Take(5).Select(DescribeType).Distinct().ToList()),
        };
    }

    private static string DescribeType(int type) => type switch
    {
        TokenConstants.EOF => "the end of the file",
        JourneyLexer.IDENTIFIER => "a name",
        JourneyLexer.STRING_LITERAL => "a text in quotes",
        JourneyLexer.INT_LITERAL => "a whole number",
        JourneyLexer.DECIMAL_LITERAL => "a number",
        JourneyLexer.DURATION_LITERAL => "a duration such as `3d`",
        JourneyLexer.PERCENT_LITERAL => "a percentage such as `50%`",
        JourneyLexer.TIME_LITERAL => "a time such as `09:00`",
        JourneyLexer.DATE_LITERAL => "a date such as `2026-12-01`",
        _ => "`" + (JourneyLexer.DefaultVocabulary.GetLiteralName(type)?.Trim('\'') ?? JourneyLexer.DefaultVocabulary.GetDisplayName(type)) + "`",
    };

    private static bool IsKeyword(int type) =>
        JourneyLexer.DefaultVocabulary.GetLiteralName(type) is { } literal && char.IsLetter(literal.Trim('\'')[0]);

    private static string JoinAlternatives(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "something else",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " or " + items[^1],
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";
}
