using System.Collections;

namespace MarketingAutomation.Runtime;

/// <summary>
/// Conversions between plain values (see <see cref="FieldInfo"/>) and the property types of the
/// generated classes, called by the generated catalog's factories so each field there is one
/// short line. Every converter takes the field's label (`order_placed.total`, `contact.tier`)
/// and throws an <see cref="ArgumentException"/> that starts with it.
/// </summary>
/// <remarks>
/// Hosts call these while turning outside data into contacts and events; journeys never do, so
/// failing loudly with a clear message matters more here than speed. Converters are strict:
/// numbers may come as decimal, int, long or double (JSON readers give any of them), but a date
/// must be a <see cref="DateOnly"/> and a moment a <see cref="DateTimeOffset"/>, because turning a
/// <see cref="System.DateTime"/> into either means guessing a time zone.
/// </remarks>
public static class PlainValues
{
    public static string Text(object? value, string field) => value as string ?? throw Expected(field, "text", value);

    public static string? TextOrNull(object? value, string field) => value is null ? null : Text(value, field);

    /// <summary>A number or an amount of money.</summary>
    public static decimal Number(object? value, string field) => value switch
    {
        decimal d => d,
        int i => i,
        long l => l,
        double d when double.IsFinite(d) && Math.Abs(d) < (double)decimal.MaxValue => (decimal)d,
        _ => throw Expected(field, "a number", value),
    };

    public static decimal? NumberOrNull(object? value, string field) => value is null ? null : Number(value, field);

    public static bool Bool(object? value, string field) => value is bool b ? b : throw Expected(field, "a bool", value);

    public static bool? BoolOrNull(object? value, string field) => value is null ? null : Bool(value, field);

    public static DateOnly Date(object? value, string field) => value is DateOnly d ? d : throw Expected(field, "a date (DateOnly)", value);

    public static DateOnly? DateOrNull(object? value, string field) => value is null ? null : Date(value, field);

    public static DateTimeOffset DateTime(object? value, string field) =>
        value is DateTimeOffset d ? d : throw Expected(field, "a datetime (DateTimeOffset)", value);

    public static DateTimeOffset? DateTimeOrNull(object? value, string field) => value is null ? null : DateTime(value, field);

    public static TimeOnly Time(object? value, string field) => value is TimeOnly t ? t : throw Expected(field, "a time (TimeOnly)", value);

    public static TimeOnly? TimeOrNull(object? value, string field) => value is null ? null : Time(value, field);

    public static TimeSpan Duration(object? value, string field) => value is TimeSpan t ? t : throw Expected(field, "a duration (TimeSpan)", value);

    public static TimeSpan? DurationOrNull(object? value, string field) => value is null ? null : Duration(value, field);

    /// <summary>
    /// A list from any sequence (a plain <c>IReadOnlyList&lt;object?&gt;</c> or the generated
    /// property's own list), each element converted by <paramref name="element"/>. The result is a
    /// new array, so a host changing its list later does not change the contact or event.
    /// </summary>
    public static IReadOnlyList<T> List<T>(object? value, string field, Func<object?, string, T> element)
    {
        if (value is string || value is not IEnumerable items)
        {
            throw Expected(field, "a list", value);
        }

        var result = new List<T>();
        foreach (var item in items)
        {
            result.Add(element(item, $"{field}[{result.Count}]"));
        }

        return result.ToArray();
    }

    public static IReadOnlyList<T>? ListOrNull<T>(object? value, string field, Func<object?, string, T> element) =>
        value is null ? null : List(value, field, element);

    /// <summary>A list property as the plain list <see cref="FieldInfo"/> describes: its elements boxed.</summary>
    public static IReadOnlyList<object?>? Plain<T>(IReadOnlyList<T>? items) => Plain(items, static item => item);

    /// <summary>A list property as a plain list, each element made plain by <paramref name="element"/> (an enum's script name).</summary>
    public static IReadOnlyList<object?>? Plain<T>(IReadOnlyList<T>? items, Func<T, object?> element)
    {
        if (items is null)
        {
            return null;
        }

        var result = new object?[items.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = element(items[i]);
        }

        return result;
    }

    /// <summary>A required field that was not given at all (a null given is reported by the field's converter).</summary>
    public static ArgumentException Missing(string owner, string field) => new($"{owner}.{field}: a value is required but none was given.");

    /// <summary>
    /// A value of a generated enum from its script name (exact, case-sensitive) or the enum's own
    /// value. <paramref name="names"/> are the script names in declaration order, which is the
    /// order of the generated enum's members, numbered from 0.
    /// </summary>
    public static T EnumValue<T>(object? value, string field, string[] names)
        where T : struct, Enum
    {
        if (value is T typed)
        {
            return typed;
        }

        var index = value is string name ? Array.IndexOf(names, name) : -1;

        // A boxed int unboxes as an enum whose underlying type is int, as generated enums' is.
        return index >= 0 ? (T)(object)index : throw NotOneOf(value, field, names);
    }

    public static ArgumentException UnknownField(string owner, string field) => new($"{owner}.{field}: {owner} has no field of this name.");

    public static ArgumentException UnknownEvent(string eventName) => new($"{eventName}: no event of this name is declared or built in.");

    /// <summary>An enum value that is neither one of the script names nor the generated enum's own value.</summary>
    private static ArgumentException NotOneOf(object? value, string field, string[] names) =>
        new($"{field}: expected one of {string.Join(", ", names)}, got {(value is string text ? "\"" + text + "\"" : Describe(value))}.");

    private static ArgumentException Expected(string field, string expected, object? value) => new($"{field}: expected {expected}, got {Describe(value)}.");

    /// <summary>What a value is, in the words of the language where it has them.</summary>
    private static string Describe(object? value) => value switch
    {
        null => "nothing",
        string => "text",
        decimal or int or long or double => "a number",
        bool => "a bool",
        DateOnly => "a date",
        DateTimeOffset => "a datetime",
        TimeOnly => "a time",
        TimeSpan => "a duration",
        IEnumerable => "a list",
        _ => "a " + value.GetType().Name,
    };
}
