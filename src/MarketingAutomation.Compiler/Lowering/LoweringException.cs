using MarketingAutomation.Language.Text;

namespace MarketingAutomation.Compiler.Lowering;

/// <summary>
/// The lowering met a construct it cannot translate although the checker accepted it: a
/// compiler bug, reported to the user as an internal error at the construct's place.
/// </summary>
internal sealed class LoweringException(string message) : Exception(message)
{
    public SourceText? Script { get; init; }

    public TextSpan Span { get; init; }
}
