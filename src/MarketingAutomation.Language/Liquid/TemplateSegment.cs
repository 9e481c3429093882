namespace MarketingAutomation.Language.Liquid;

/// <summary>
/// A flat piece of template text found by <see cref="TemplateScanner"/>. TrimBefore and TrimAfter
/// record whitespace-control dashes, which eat the whitespace of the neighbouring text.
/// </summary>
internal abstract record TemplateSegment(int Offset, int Length, bool TrimBefore, bool TrimAfter)
{
    public int End => Offset + Length;
}

/// <summary>Literal text between tags; Text is trimmed once the neighbours are known.</summary>
internal sealed record TextSegment(string Text, int Offset, int Length) : TemplateSegment(Offset, Length, false, false);

/// <summary><c>{{ ... }}</c>; the markup is the text between the delimiters and any dashes.</summary>
internal sealed record OutputSegment(int MarkupStart, int MarkupEnd, int Offset, int Length, bool TrimBefore, bool TrimAfter)
    : TemplateSegment(Offset, Length, TrimBefore, TrimAfter);

/// <summary><c>{% name ... %}</c>; the markup is what follows the name.</summary>
internal sealed record TagSegment(string Name, int MarkupStart, int MarkupEnd, int Offset, int Length, bool TrimBefore, bool TrimAfter)
    : TemplateSegment(Offset, Length, TrimBefore, TrimAfter);

/// <summary>A whole raw or comment block, opening to closing tag, whose content is never parsed.</summary>
internal sealed record VerbatimSegment(bool IsComment, string Text, int Offset, int Length, bool TrimBefore, bool TrimAfter)
    : TemplateSegment(Offset, Length, TrimBefore, TrimAfter);
