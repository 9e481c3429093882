using MarketingAutomation.Language.Text;

namespace MarketingAutomation.Language.Services;

public enum DocumentHighlightKind
{
    /// <summary>The name is read: a use.</summary>
    Read,
    /// <summary>The name is declared, or a contact field is set.</summary>
    Write,
}

/// <summary>One place in the current file where the symbol at the cursor is named.</summary>
public sealed record DocumentHighlight(TextSpan Span, DocumentHighlightKind Kind);
