using System.Collections;
using System.Globalization;

namespace MarketingAutomation.Language.Liquid.Rendering;

/// <summary>
/// What the renderer knows about values: the runtime's plain values (text, decimal, bool, dates,
/// times, durations, lists, objects) and how Liquid treats them: which are true, which are lists
/// and which are numbers. How each is shown is in <see cref="ValueText"/>.
/// </summary>
internal static class LiquidValues
{
    // Lists and the objects in them are walked recursively when shown or compared; a host could
    // hand over a list that contains itself, so the walk gives up at this depth.
    public const int MaxDepth = 32;

    // A host's sequence may be lazy and endless; it is read up to this many items, far more than
    // a message shows (lists the host already holds in memory are read in full, without copying).
    private const int MaxSequenceItems = 100_000;

    /// <summary>
    /// Brings a value from the data into the renderer's set: other number types become decimal,
    /// a char a text and a CLR enum its name. False for types a template cannot use.
    /// </summary>
    public static bool TryNormalize(object? raw, out object? value)
    {
        value = raw switch
        {
            null or string or decimal or bool or DateOnly or DateTimeOffset or TimeOnly or TimeSpan => raw,
            HtmlFragment or KeywordValue or IReadOnlyDictionary<string, object?> or ILiquidScope => raw,
            int or long or short or byte or sbyte or uint or ulong or ushort => Convert.ToDecimal(raw, CultureInfo.InvariantCulture),
            double d => FromBinary(d),
            float f => FromBinary(f),
            char c => c.ToString(),
            Enum e => e.ToString(),
            IEnumerable => raw,
            _ => null,
        };
        return raw is null || value is not null;
    }

    public static object? Normalize(object? raw) => TryNormalize(raw, out var value) ? value : null;

    /// <summary>Liquid's truth: only nil and false are false; 0, "" and empty lists are true.</summary>
    public static bool IsTruthy(object? value) => value is not (null or false);

    /// <summary>A fragment reads as its text everywhere except when output; other values are unchanged.</summary>
    public static object? Unwrap(object? value) => value is HtmlFragment html ? html.Html : value;

    public static bool IsObject(object? value) => value is IReadOnlyDictionary<string, object?> or ILiquidScope;

    /// <summary>The value as a list (lists and other sequences, never a text or an object); null when it is not one.</summary>
    public static IReadOnlyList<object?>? AsList(object? value) => value switch
    {
        null or string or HtmlFragment or KeywordValue => null,
        IReadOnlyDictionary<string, object?> or ILiquidScope => null,
        IList list => new ListView(list),
        IEnumerable sequence => Materialize(sequence),
        _ => null,
    };

    /// <summary>A number from a number or a numeric text (<c>"3"</c>, <c>"2.50"</c>), as Liquid's math filters accept.</summary>
    public static bool TryNumber(object? value, out decimal number)
    {
        switch (Unwrap(value))
        {
            case decimal d:
                number = d;
                return true;
            case string text:
                const NumberStyles style = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint
                    | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;
                return decimal.TryParse(text, style, CultureInfo.InvariantCulture, out number);
            default:
                number = 0;
                return false;
        }
    }

    /// <summary>A whole number in int's range (truncating decimals, as Liquid's to_integer does).</summary>
    public static bool TryInteger(object? value, out int integer)
    {
        integer = 0;
        if (!TryNumber(value, out var number))
        {
            return false;
        }

        var whole = decimal.Truncate(number);
        if (whole is < int.MinValue or > int.MaxValue)
        {
            return false;
        }

        integer = (int)whole;
        return true;
    }

    /// <summary>Liquid's integers are numbers written without a decimal point; a decimal's scale remembers that.</summary>
    public static bool IsInteger(decimal number) => number.Scale == 0;

    /// <summary>The kind of a value in a marketer's words, for problems: "a text", "a number", ...</summary>
    public static string Describe(object? value) => Unwrap(value) switch
    {
        null => "nil",
        string => "a text",
        decimal => "a number",
        bool => "true or false",
        DateOnly => "a date",
        DateTimeOffset => "a datetime",
        TimeOnly => "a time",
        TimeSpan => "a duration",
        KeywordValue => "empty",
        var other when IsObject(other) => "an object",
        var other when AsList(other) is not null => "a list",
        var other => other.GetType().Name,
    };

    private static object? FromBinary(double value) =>
        double.IsFinite(value) && Math.Abs(value) < (double)decimal.MaxValue ? (decimal)value : null;

    private static List<object?> Materialize(IEnumerable sequence)
    {
        var items = new List<object?>();
        foreach (var item in sequence)
        {
            if (items.Count == MaxSequenceItems)
            {
                break;
            }

            items.Add(Normalize(item));
        }

        return items;
    }

    /// <summary>A host's list seen as a read-only list of normalized values, without copying it.</summary>
    private sealed class ListView(IList list) : IReadOnlyList<object?>
    {
        public int Count => list.Count;

        public object? this[int index] => Normalize(list[index]);

        public IEnumerator<object?> GetEnumerator()
        {
            for (var i = 0; i < list.Count; i++)
            {
                yield return this[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
