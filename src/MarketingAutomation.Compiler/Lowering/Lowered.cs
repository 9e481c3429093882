using MarketingAutomation.Language.Binding;

namespace MarketingAutomation.Compiler.Lowering;

/// <summary>A lowered expression: its C# code, its journey type, and whether the value may be missing.</summary>
internal readonly record struct Lowered(string Code, JourneyType Type, bool Nullable = false);

/// <summary>
/// What `event` means where an expression is lowered: the event symbol and the C# expression
/// that yields its typed record (never null where it is read).
/// </summary>
internal sealed record EventScope(EventSymbol? Event, string? Code)
{
    public static readonly EventScope None = new(null, null);
}
