using Antlr4.Runtime;

namespace MarketingAutomation.Language.Services;

/// <summary>The tokens of the statement being typed, read as words: out-of-range positions read as an empty word.</summary>
internal sealed class TokenWords(IReadOnlyList<IToken> tokens)
{
    public static readonly TokenWords Empty = new([]);

    public int Count => tokens.Count;

    public string this[int index] => index >= 0 && index < tokens.Count ? tokens[index].Text : string.Empty;

    public string Last => this[Count - 1];

    public IToken? Token(int index) => index >= 0 && index < tokens.Count ? tokens[index] : null;

    public bool IsWord(int index) => Token(index) is { } token && TokenFacts.IsWord(token);

    public int IndexOf(string text, int from = 0)
    {
        for (var i = Math.Max(0, from); i < tokens.Count; i++)
        {
            if (tokens[i].Text == text)
            {
                return i;
            }
        }

        return -1;
    }

    public int LastIndexOf(string text)
    {
        for (var i = tokens.Count - 1; i >= 0; i--)
        {
            if (tokens[i].Text == text)
            {
                return i;
            }
        }

        return -1;
    }

    public TokenWords From(int start) => start <= 0 ? this : new TokenWords(tokens.Skip(start).ToList());

    public TokenWords Take(int count) => new(tokens.Take(Math.Max(0, count)).ToList());

    /// <summary>An event as written from <paramref name="index"/>: `order_placed` or `email.opened`; null when no word is there.</summary>
    public string? EventAt(int index)
    {
        if (!IsWord(index))
        {
            return null;
        }

        return this[index + 1] == "." && IsWord(index + 2) ? $"{this[index]}.{this[index + 2]}" : this[index];
    }

    /// <summary>How many tokens the event written at <paramref name="index"/> takes (1 or 3).</summary>
    public int EventLength(int index) => this[index + 1] == "." && IsWord(index + 2) ? 3 : 1;
}
