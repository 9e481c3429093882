using MarketingAutomation.Compiler.Writing;
using MarketingAutomation.Language.Syntax;

namespace MarketingAutomation.Compiler.Lowering;

/// <summary>
/// When a time-based trigger fires, as the `Timing` argument of a journey's <c>JourneyInfo</c>
/// (a <c>TriggerTiming</c>); null for triggers that wait for something to happen. A time
/// written without `local` or `utc` reads as `local` (the syntax tree already says so).
/// </summary>
internal static class TriggerTimingWriter
{
    private const string DayOfWeek = "global::System.DayOfWeek.";

    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

    private static readonly string[] Week = [.. Weekdays, "Saturday", "Sunday"];

    public static string? Create(TriggerSyntax? trigger) => trigger switch
    {
        DateTriggerSyntax d => $"new({At(d.At, d.Zone)})",
        ScheduleTriggerSyntax s => $"new(Date: {Date(s.Date)}, {At(s.At, s.Zone)})",
        RecurringTriggerSyntax r => $"new(Days: new global::System.DayOfWeek[] {{ {string.Join(", ", Days(r.Day.Text).Select(d => DayOfWeek + d))} }}, {At(r.At, r.Zone)})",
        InactivityTriggerSyntax i => $"new(Period: {ExpressionLowerer.Duration(i.Period)})",
        AbsenceTriggerSyntax a => $"new(Period: {ExpressionLowerer.Duration(a.Period)})",
        _ => null,
    };

    private static string At(TimeLiteralSyntax at, TimeZoneKind zone) =>
        $"At: new global::System.TimeOnly({CSharpLiteral.Int(at.Hour)}, {CSharpLiteral.Int(at.Minute)}), Utc: {CSharpLiteral.Bool(zone == TimeZoneKind.Utc)}";

    private static string Date(DateLiteralSyntax date) => date.Value is { } d
        ? $"new global::System.DateOnly({CSharpLiteral.Int(d.Year)}, {CSharpLiteral.Int(d.Month)}, {CSharpLiteral.Int(d.Day)})"
        : throw new LoweringException("a schedule without a valid date");

    /// <summary>`monday` ... `sunday`, `weekday` (Monday to Friday) or `day` (every day), as the checker allows.</summary>
    private static IEnumerable<string> Days(string day) => day switch
    {
        "weekday" => Weekdays,
        "day" => Week,
        _ when Week.FirstOrDefault(d => string.Equals(d, day, StringComparison.OrdinalIgnoreCase)) is { } one => [one],
        _ => throw new LoweringException($"`{day}` is not a day a broadcast can recur on"),
    };
}
