using MarketingAutomation.Language.Text;
using MarketingAutomation.LanguageServer.Protocol;
using Range = MarketingAutomation.LanguageServer.Protocol.Range;

namespace MarketingAutomation.LanguageServer.Conversion;

/// <summary>Between the library's offsets and the protocol's lines and UTF-16 characters.</summary>
internal static class Positions
{
    public static Position ToPosition(SourceText source, int offset)
    {
        var position = source.GetLinePosition(offset);
        return new Position(position.Line, position.Character);
    }

    public static Range ToRange(SourceText source, TextSpan span) =>
        new(ToPosition(source, span.Start), ToPosition(source, span.End));

    public static int ToOffset(SourceText source, Position position) =>
        source.GetOffset(new LinePosition(position.Line, position.Character));

    public static TextSpan ToSpan(SourceText source, Range range)
    {
        var start = ToOffset(source, range.Start);
        var end = ToOffset(source, range.End);
        return TextSpan.FromBounds(Math.Min(start, end), Math.Max(start, end));
    }
}
