using MarketingAutomation.Language.Text;

namespace MarketingAutomation.Language.Services;

public enum SemanticTokenType
{
    Keyword,
    Type,
    Event,
    Template,
    Segment,
    Score,
    Stage,
    Connection,
    Journey,
    /// <summary>A field of the contact or an event, or a property of an object literal.</summary>
    Property,
    EnumMember,
    Function,
    String,
    Number,
    Comment,
    Operator,
    /// <summary>`contact`, `event`, `today`, `now`.</summary>
    Variable,
}

/// <summary>One classified piece of a file. Tokens never span lines and come in order without overlapping.</summary>
public sealed record SemanticToken(TextSpan Span, SemanticTokenType Type, bool IsDeclaration);
