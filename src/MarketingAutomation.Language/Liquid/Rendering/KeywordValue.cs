namespace MarketingAutomation.Language.Liquid.Rendering;

/// <summary>
/// The values of the <c>empty</c> and <c>blank</c> keywords. They exist only to be compared
/// with: <c>x == empty</c> holds for an empty text, list or object; <c>x == blank</c> also for
/// nil, false and a text of only spaces. Shown, they are empty.
/// </summary>
internal sealed class KeywordValue
{
    private KeywordValue()
    {
    }

    public static KeywordValue Empty { get; } = new();

    public static KeywordValue Blank { get; } = new();
}
