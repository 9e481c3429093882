namespace MarketingAutomation.Language.Liquid;

/// <summary>
/// Parses the markup of one output or tag. Each markup is parsed on its own, so a mistake cannot
/// spill into the next tag; within one markup only the first syntax error is reported, because
/// after it the parser can no longer tell what was meant.
/// </summary>
internal sealed partial class MarkupParser
{
    private readonly List<MarkupToken> tokens;
    private readonly List<LiquidError> errors;
    private readonly TemplateSegment segment;
    private int position;

    public MarkupParser(string text, int start, int end, TemplateSegment segment, List<LiquidError> errors)
    {
        tokens = MarkupLexer.Tokenize(text, start, end);
        this.segment = segment;
        this.errors = errors;
    }

    /// <summary>True once a syntax error was reported; callers stop and keep what they have.</summary>
    public bool Failed { get; private set; }

    public bool AtEnd => Current.Kind == MarkupTokenKind.End;

    /// <summary>Stands in for a value that could not be parsed, placed at the tag.</summary>
    public LiquidExpression Missing => new LiquidMissingExpression(segment.Offset);

    private MarkupToken Current => tokens[position];

    private MarkupToken Peek => tokens[Math.Min(position + 1, tokens.Count - 1)];

    public bool TryTakeWord(string word)
    {
        if (!Current.IsWord(word))
        {
            return false;
        }

        Advance();
        return true;
    }

    /// <summary>For tags such as <c>{% endif %}</c> and <c>{% break %}</c> that take no arguments.</summary>
    public void ExpectNothing(string tagName)
    {
        if (!AtEnd)
        {
            Fail($"`{{% {tagName} %}}` takes no arguments");
        }
    }

    private void ExpectEnd()
    {
        if (!AtEnd && !Failed)
        {
            Fail($"unexpected `{Describe(Current)}`");
        }
    }

    private MarkupToken Advance()
    {
        var token = Current;
        if (token.Kind != MarkupTokenKind.End)
        {
            position++;
        }

        return token;
    }

    private bool IsAt(MarkupTokenKind kind) => Current.Kind == kind;

    /// <summary>
    /// Reports at the current token, or at the token before the end of the markup (the `==` of
    /// "expected a value after `==`"), or at the whole tag when the markup is empty.
    /// </summary>
    private void Fail(string message)
    {
        if (!AtEnd)
        {
            FailAt(Current, message);
        }
        else if (position > 0)
        {
            FailAt(tokens[position - 1], message);
        }
        else
        {
            FailExactly(segment.Offset, segment.Length, message);
        }
    }

    /// <summary>Reports at a token; a bad character or open string at the current token wins, as it is the real cause.</summary>
    private void FailAt(MarkupToken token, string message)
    {
        if (Current.Kind == MarkupTokenKind.Invalid)
        {
            FailExactly(Current.Offset, Current.Length, Current.Value);
        }
        else
        {
            FailExactly(token.Offset, token.Length, message);
        }
    }

    private void FailExactly(int offset, int length, string message)
    {
        if (Failed)
        {
            return;
        }

        Failed = true;
        errors.Add(new LiquidError(offset, length, message));
    }

    /// <summary>Reports a problem that does not stop parsing, such as an unknown filter name.</summary>
    private void Warn(MarkupToken token, string message) => errors.Add(new LiquidError(token.Offset, token.Length, message));

    private static string Describe(MarkupToken token) =>
        token.Text.Length <= 30 ? token.Text : token.Text[..30] + "...";
}
