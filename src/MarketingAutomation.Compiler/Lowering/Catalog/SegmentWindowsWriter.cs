using MarketingAutomation.Compiler.Writing;
using MarketingAutomation.Language.Binding;
using MarketingAutomation.Language.Syntax;

namespace MarketingAutomation.Compiler.Lowering.Catalog;

/// <summary>
/// The `within` windows segments read (`sum(order_placed.total within 365d)`): membership can
/// change when an event ages out of one, with no new data, so the runtime re-checks then.
/// </summary>
internal static class SegmentWindowsWriter
{
    public static void Write(CSharpWriter w, SymbolTable symbols)
    {
        var windows = symbols.Segments.SelectMany(s => Windows(s.Syntax.Condition)).Distinct().Order().ToList();
        if (windows.Count == 0)
        {
            return;
        }

        var items = windows.Select(t => $"global::System.TimeSpan.FromTicks({CSharpLiteral.Int(t.Ticks)}L)");
        w.Line($"public override global::System.Collections.Generic.IReadOnlyList<global::System.TimeSpan> SegmentWindows {{ get; }} = new global::System.TimeSpan[] {{ {string.Join(", ", items)} }};");
        w.Line();
    }

    private static IEnumerable<TimeSpan> Windows(ExpressionSyntax expression) => expression switch
    {
        CallExpressionSyntax call => call.Arguments.SelectMany(a => (a.Within?.Value is { } w ? [w] : Array.Empty<TimeSpan>()).Concat(Windows(a.Value))),
        MemberExpressionSyntax member => Windows(member.Target),
        IsSetExpressionSyntax isSet => Windows(isSet.Operand),
        ListExpressionSyntax list => list.Items.SelectMany(Windows),
        ParenthesizedExpressionSyntax inner => Windows(inner.Inner),
        UnaryExpressionSyntax unary => Windows(unary.Operand),
        BinaryExpressionSyntax binary => Windows(binary.Left).Concat(Windows(binary.Right)),
        _ => [],
    };
}
