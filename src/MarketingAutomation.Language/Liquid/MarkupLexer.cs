namespace MarketingAutomation.Language.Liquid;

/// <summary>Splits the markup inside <c>{{ }}</c> or <c>{% %}</c> into tokens with offsets into the whole template.</summary>
internal static class MarkupLexer
{
    // Liquid has no arithmetic operators; people reach for them anyway, so name the filter to use.
    private static readonly Dictionary<char, string> ArithmeticFilters = new()
    {
        ['+'] = "plus",
        ['-'] = "minus",
        ['*'] = "times",
        ['/'] = "divided_by",
        ['%'] = "modulo",
    };

    public static List<MarkupToken> Tokenize(string text, int start, int end)
    {
        var tokens = new List<MarkupToken>();
        var i = start;
        while (true)
        {
            while (i < end && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= end)
            {
                tokens.Add(new MarkupToken(MarkupTokenKind.End, end, 0, string.Empty, string.Empty));
                return tokens;
            }

            var token = Next(text, i, end);
            tokens.Add(token);
            if (token.Kind == MarkupTokenKind.Invalid)
            {
                // Whatever follows a bad character would only add noise: the parser stops there.
                tokens.Add(new MarkupToken(MarkupTokenKind.End, end, 0, string.Empty, string.Empty));
                return tokens;
            }

            i = token.End;
        }
    }

    private static MarkupToken Next(string text, int i, int end)
    {
        var c = text[i];
        var next = i + 1 < end ? text[i + 1] : '\0';
        if (char.IsLetter(c) || c == '_')
        {
            return Identifier(text, i, end);
        }

        if (char.IsAsciiDigit(c) || (c == '-' && char.IsAsciiDigit(next)))
        {
            return Number(text, i, end);
        }

        return c switch
        {
            '"' or '\'' => String(text, i, end),
            '.' when next == '.' => Token(MarkupTokenKind.DotDot, text, i, 2),
            '.' => Token(MarkupTokenKind.Dot, text, i, 1),
            ',' => Token(MarkupTokenKind.Comma, text, i, 1),
            ':' => Token(MarkupTokenKind.Colon, text, i, 1),
            '|' => Token(MarkupTokenKind.Pipe, text, i, 1),
            '[' => Token(MarkupTokenKind.OpenBracket, text, i, 1),
            ']' => Token(MarkupTokenKind.CloseBracket, text, i, 1),
            '(' => Token(MarkupTokenKind.OpenParen, text, i, 1),
            ')' => Token(MarkupTokenKind.CloseParen, text, i, 1),
            '=' when next == '=' => Token(MarkupTokenKind.Comparison, text, i, 2),
            '=' => Token(MarkupTokenKind.Assign, text, i, 1),
            '!' when next == '=' => Token(MarkupTokenKind.Comparison, text, i, 2),
            '<' when next is '=' or '>' => Token(MarkupTokenKind.Comparison, text, i, 2),
            '>' when next == '=' => Token(MarkupTokenKind.Comparison, text, i, 2),
            '<' or '>' => Token(MarkupTokenKind.Comparison, text, i, 1),
            _ => UnexpectedCharacter(text, i, end),
        };
    }

    private static MarkupToken Identifier(string text, int start, int end)
    {
        var i = start + 1;
        while (i < end && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '-'))
        {
            i++;
        }

        // Liquid allows a trailing question mark on names, as in `product.available?`.
        if (i < end && text[i] == '?')
        {
            i++;
        }

        return Token(MarkupTokenKind.Identifier, text, start, i - start);
    }

    private static MarkupToken Number(string text, int start, int end)
    {
        var i = start + 1;
        while (i < end && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        // A dot only belongs to the number when a digit follows, so `(1..5)` stays a range.
        if (i + 1 < end && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            i += 2;
            while (i < end && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }

        return Token(MarkupTokenKind.Number, text, start, i - start);
    }

    private static MarkupToken String(string text, int start, int end)
    {
        var quote = text[start];
        var close = text.IndexOf(quote, start + 1, end - start - 1);
        if (close < 0)
        {
            return new MarkupToken(MarkupTokenKind.Invalid, start, end - start, text[start..end], $"string is not closed: add a closing `{quote}`");
        }

        return new MarkupToken(MarkupTokenKind.String, start, close + 1 - start, text[start..(close + 1)], text[(start + 1)..close]);
    }

    private static MarkupToken UnexpectedCharacter(string text, int start, int end)
    {
        var length = char.IsHighSurrogate(text[start]) && start + 1 < end ? 2 : 1;
        var written = text.Substring(start, length);
        var message = ArithmeticFilters.TryGetValue(text[start], out var filter)
            ? $"Liquid has no `{written}` operator: use the `{filter}` filter"
            : $"unexpected character `{written}`";
        return new MarkupToken(MarkupTokenKind.Invalid, start, length, written, message);
    }

    private static MarkupToken Token(MarkupTokenKind kind, string text, int start, int length) =>
        new(kind, start, length, text.Substring(start, length), string.Empty);
}
