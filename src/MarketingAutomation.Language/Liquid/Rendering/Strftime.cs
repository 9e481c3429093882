using System.Globalization;
using System.Text;

namespace MarketingAutomation.Language.Liquid.Rendering;

/// <summary>
/// Ruby's strftime, which Liquid's <c>date</c> filter uses, for the directives templates need:
/// <c>%d %B %Y</c>, <c>%H:%M</c>, <c>%a</c>, ... with the flags <c>-</c> (no padding), <c>_</c>
/// (pad with spaces), <c>0</c> (pad with zeros) and <c>^</c> (upper case). Names are English
/// whatever the culture, as in Liquid. An unknown directive is kept as written and reported.
/// </summary>
internal static class Strftime
{
    private static readonly DateTimeFormatInfo Names = CultureInfo.InvariantCulture.DateTimeFormat;

    // Directives that stand for a whole pattern.
    private static readonly Dictionary<char, string> Composites = new()
    {
        ['c'] = "%a %b %e %H:%M:%S %Y",
        ['D'] = "%m/%d/%y",
        ['x'] = "%m/%d/%y",
        ['F'] = "%Y-%m-%d",
        ['r'] = "%I:%M:%S %p",
        ['R'] = "%H:%M",
        ['T'] = "%H:%M:%S",
        ['X'] = "%H:%M:%S",
    };

    /// <summary>Formats a wall-clock time; <paramref name="offset"/> and <paramref name="zone"/> are only shown by %z, %Z and %s.</summary>
    public static string Format(DateTime local, TimeSpan offset, string? zone, string format, Action<string> reportUnknown)
    {
        var result = new StringBuilder();
        for (var i = 0; i < format.Length; i++)
        {
            if (format[i] != '%' || i + 1 == format.Length)
            {
                result.Append(format[i]);
                continue;
            }

            var start = i++;
            var flags = string.Empty;
            while (i < format.Length - 1 && format[i] is '-' or '_' or '0' or '^')
            {
                flags += format[i++];
            }

            var directive = format[i];
            if (Composites.TryGetValue(directive, out var pattern))
            {
                result.Append(Format(local, offset, zone, pattern, reportUnknown));
            }
            else if (Field(local, offset, zone, directive, flags) is { } field)
            {
                result.Append(field);
            }
            else
            {
                var written = format[start..(i + 1)];
                reportUnknown($"unknown date directive `{written}`");
                result.Append(written);
            }
        }

        return result.ToString();
    }

    /// <summary>A UTC offset as <c>+0200</c>, or <c>+02:00</c> with a colon.</summary>
    public static string Offset(TimeSpan offset, bool colon)
    {
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var value = offset.Duration();
        return $"{sign}{value.Hours:00}{(colon ? ":" : string.Empty)}{value.Minutes:00}";
    }

    private static string? Field(DateTime t, TimeSpan offset, string? zone, char directive, string flags)
    {
        var hour12 = t.Hour % 12 == 0 ? 12 : t.Hour % 12;
        var dayOfWeek = (int)t.DayOfWeek;
        return directive switch
        {
            'Y' => Number(t.Year, 1, '0', flags),
            'C' => Number(t.Year / 100, 2, '0', flags),
            'y' => Number(t.Year % 100, 2, '0', flags),
            'm' => Number(t.Month, 2, '0', flags),
            'd' => Number(t.Day, 2, '0', flags),
            'e' => Number(t.Day, 2, ' ', flags),
            'j' => Number(t.DayOfYear, 3, '0', flags),
            'H' => Number(t.Hour, 2, '0', flags),
            'k' => Number(t.Hour, 2, ' ', flags),
            'I' => Number(hour12, 2, '0', flags),
            'l' => Number(hour12, 2, ' ', flags),
            'M' => Number(t.Minute, 2, '0', flags),
            'S' => Number(t.Second, 2, '0', flags),
            'L' => Number(t.Millisecond, 3, '0', flags),
            'u' => Number(dayOfWeek == 0 ? 7 : dayOfWeek, 1, '0', flags),
            'w' => Number(dayOfWeek, 1, '0', flags),
            'U' => Number((t.DayOfYear - 1 + 7 - dayOfWeek) / 7, 2, '0', flags),
            'W' => Number((t.DayOfYear - 1 + 7 - ((dayOfWeek + 6) % 7)) / 7, 2, '0', flags),
            'V' => Number(ISOWeek.GetWeekOfYear(t), 2, '0', flags),
            'G' => Number(ISOWeek.GetYear(t), 1, '0', flags),
            's' => new DateTimeOffset(t, offset).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            'a' => Name(Names.AbbreviatedDayNames[dayOfWeek], flags),
            'A' => Name(Names.DayNames[dayOfWeek], flags),
            'b' or 'h' => Name(Names.AbbreviatedMonthNames[t.Month - 1], flags),
            'B' => Name(Names.MonthNames[t.Month - 1], flags),
            'p' => Name(t.Hour < 12 ? "AM" : "PM", flags),
            'P' => Name(t.Hour < 12 ? "am" : "pm", flags),
            'z' => Offset(offset, colon: false),
            'Z' => zone ?? (offset == TimeSpan.Zero ? "UTC" : Offset(offset, colon: true)),
            'n' => "\n",
            't' => "\t",
            '%' => "%",
            _ => null,
        };
    }

    private static string Number(int value, int width, char pad, string flags)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        if (flags.Contains('-'))
        {
            return text;
        }

        pad = flags.Contains('_') ? ' ' : flags.Contains('0') ? '0' : pad;
        return text.PadLeft(width, pad);
    }

    private static string Name(string name, string flags) => flags.Contains('^') ? name.ToUpperInvariant() : name;
}
