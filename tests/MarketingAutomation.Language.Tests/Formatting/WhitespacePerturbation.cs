using System.Text;
using Antlr4.Runtime;
using MarketingAutomation.Language.Syntax.Generated;

namespace MarketingAutomation.Language.Tests.Formatting;

/// <summary>
/// Rewrites the whitespace of a journey file at random without changing a single other token:
/// gaps between tokens become spaces and tabs of any width, lines are re-indented, broken or
/// joined (never after a line comment), blank lines and trailing spaces come and go, and line
/// ends become `\r\n` or `\r`. The result must parse exactly as the original did.
/// </summary>
internal static class WhitespacePerturbation
{
    public static string Perturb(string text, Random random, bool keepLineBreaks)
    {
        var lexer = new JourneyLexer(new AntlrInputStream(text));
        lexer.RemoveErrorListeners();
        var tokens = lexer.GetAllTokens();
        var lineEnd = random.Next(4) switch { 0 => "\r\n", 1 => "\r", _ => "\n" };
        var output = new StringBuilder();
        IToken? previous = null;
        foreach (var token in tokens)
        {
            if (token.Type == JourneyLexer.WS)
            {
                continue;
            }

            var breaks = previous is null ? 0 : BreaksBetween(text, previous, token);
            if (!keepLineBreaks && previous is not null)
            {
                breaks = NewBreaks(breaks, previous, random);
            }

            if (previous is not null || random.Next(3) == 0)
            {
                AppendGap(output, breaks, lineEnd, random);
            }

            output.Append(token.Text);
            previous = token;
        }

        if (random.Next(2) == 0)
        {
            output.Append(' ', random.Next(3)).Append(lineEnd);
        }

        return output.ToString();
    }

    private static int BreaksBetween(string text, IToken previous, IToken next)
    {
        var between = text[(previous.StopIndex + 1)..next.StartIndex];
        return between.Count(c => c == '\n') + between.Replace("\r\n", "\n", StringComparison.Ordinal).Count(c => c == '\r');
    }

    // A line comment runs to the end of its line, so the line after it can never be joined to it.
    private static int NewBreaks(int breaks, IToken previous, Random random) => random.Next(10) switch
    {
        0 => breaks + 1,
        1 => breaks + 3,
        2 when previous.Type != JourneyLexer.LINE_COMMENT => 0,
        _ => breaks,
    };

    private static void AppendGap(StringBuilder output, int breaks, string lineEnd, Random random)
    {
        if (breaks == 0)
        {
            output.Append(random.Next(5) == 0 ? "\t" : new string(' ', 1 + random.Next(3)));
            return;
        }

        for (var i = 0; i < breaks; i++)
        {
            if (random.Next(8) == 0)
            {
                output.Append(' ', 1 + random.Next(2));
            }

            output.Append(lineEnd);
        }

        output.Append(random.Next(6) == 0 ? "\t" : new string(' ', random.Next(10)));
    }
}
