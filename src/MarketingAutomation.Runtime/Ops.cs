using System.Runtime.CompilerServices;

namespace MarketingAutomation.Runtime;

/// <summary>
/// The few operations of the journey language that C# has no operator for, written once so
/// generated code stays plain. Missing optional values make conditions false, never throw.
/// </summary>
public static class Ops
{
    /// <summary>The value as the generated type; a wrong type is a host bug, reported loudly.</summary>
    /// <remarks>
    /// Inlined into the generated code, where T is a known sealed type: the cast is then one type
    /// check instead of a generic lookup on every condition and step run.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T As<T>(object? value)
        where T : class =>
        value as T ?? WrongType<T>(value);

    /// <summary>
    /// The triggering event as the generated type, or null when the instance started without one
    /// (`start journey`): a step that then reads `event` fails, and the executor says why.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T? Trigger<T>(EventData? value)
        where T : EventData => value is null ? null : As<T>(value);

    public static bool In<T>(T? value, IReadOnlyList<T>? items) => items is not null && value is not null && items.Contains(value);

    public static bool In<T>(T? value, IReadOnlyList<T>? items)
        where T : struct => items is not null && value is { } v && items.Contains(v);

    public static bool Contains(string? text, string? piece) => text is not null && piece is not null && text.Contains(piece, StringComparison.Ordinal);

    public static bool Contains<T>(IReadOnlyList<T>? items, T? item) => items is not null && item is not null && items.Contains(item);

    public static bool StartsWith(string? text, string? prefix) => text is not null && prefix is not null && text.StartsWith(prefix, StringComparison.Ordinal);

    public static bool EndsWith(string? text, string? suffix) => text is not null && suffix is not null && text.EndsWith(suffix, StringComparison.Ordinal);

    public static int CompareText(string? left, string? right) => string.CompareOrdinal(left, right);

    public static string? Lower(string? text) => text?.ToLowerInvariant();

    public static string? Upper(string? text) => text?.ToUpperInvariant();

    public static decimal? Length(string? text) => text?.Length;

    public static decimal? Length<T>(IReadOnlyList<T>? items) => items?.Count;

    public static DateOnly? Add(DateOnly? date, TimeSpan? duration) =>
        date is { } d && duration is { } t ? d.AddDays((int)Math.Floor(t.TotalDays)) : null;

    public static decimal? DaysSince(DateOnly? date, DateOnly today) => date is { } d ? today.DayNumber - d.DayNumber : null;

    public static decimal? DaysSince(DateTimeOffset? moment, DateOnly today) =>
        moment is { } m ? today.DayNumber - DateOnly.FromDateTime(m.UtcDateTime).DayNumber : null;

    public static string Concat(string? left, string? right) => string.Concat(left, right);

    /// <summary>A date where a moment is compared: its midnight in the contact's time zone.</summary>
    public static DateTimeOffset? Moment(IJourneyContext context, DateOnly? date) => date is { } d ? context.StartOfDay(d, utc: false) : null;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static T WrongType<T>(object? value) =>
        throw new InvalidOperationException($"Expected {typeof(T).Name}, got {value?.GetType().Name ?? "nothing"}.");
}
