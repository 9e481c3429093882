using System.Diagnostics.CodeAnalysis;

namespace MarketingAutomation.Language.Liquid.Rendering.Filters;

/// <summary>
/// Every filter the renderer knows, by name. It matches the checker's list
/// (<see cref="StandardFilters"/>) exactly; a test keeps the two in step.
/// </summary>
internal static class FilterTable
{
    private static readonly Dictionary<string, FilterSpec> Filters = new(StringComparer.Ordinal)
    {
        // Text
        ["append"] = new(1, 1, TextFilters.Append),
        ["prepend"] = new(1, 1, TextFilters.Prepend),
        ["capitalize"] = new(0, 0, TextFilters.Capitalize),
        ["downcase"] = new(0, 0, TextFilters.Downcase),
        ["upcase"] = new(0, 0, TextFilters.Upcase),
        ["strip"] = new(0, 0, TextFilters.Strip),
        ["lstrip"] = new(0, 0, TextFilters.Lstrip),
        ["rstrip"] = new(0, 0, TextFilters.Rstrip),
        ["strip_newlines"] = new(0, 0, TextFilters.StripNewlines),
        ["replace"] = new(2, 2, TextFilters.Replace),
        ["replace_first"] = new(2, 2, TextFilters.ReplaceFirst),
        ["remove"] = new(1, 1, TextFilters.Remove),
        ["remove_first"] = new(1, 1, TextFilters.RemoveFirst),
        ["truncate"] = new(0, 2, TextFilters.Truncate),
        ["truncatewords"] = new(0, 2, TextFilters.TruncateWords),
        ["split"] = new(1, 1, TextFilters.Split),
        ["default"] = new(0, 1, TextFilters.Default, "allow_false"),

        // HTML and URLs
        ["escape"] = new(0, 0, HtmlFilters.Escape),
        ["escape_once"] = new(0, 0, HtmlFilters.EscapeOnce),
        ["newline_to_br"] = new(0, 0, HtmlFilters.NewlineToBr),
        ["strip_html"] = new(0, 0, HtmlFilters.StripHtml),
        ["raw"] = new(0, 0, HtmlFilters.Raw),
        ["url_encode"] = new(0, 0, HtmlFilters.UrlEncode),
        ["url_decode"] = new(0, 0, HtmlFilters.UrlDecode),

        // Numbers
        ["plus"] = new(1, 1, MathFilters.Plus),
        ["minus"] = new(1, 1, MathFilters.Minus),
        ["times"] = new(1, 1, MathFilters.Times),
        ["divided_by"] = new(1, 1, MathFilters.DividedBy),
        ["modulo"] = new(1, 1, MathFilters.Modulo),
        ["abs"] = new(0, 0, MathFilters.Abs),
        ["ceil"] = new(0, 0, MathFilters.Ceil),
        ["floor"] = new(0, 0, MathFilters.Floor),
        ["round"] = new(0, 1, MathFilters.Round),
        ["at_least"] = new(1, 1, MathFilters.AtLeast),
        ["at_most"] = new(1, 1, MathFilters.AtMost),
        ["money"] = new(0, 0, MoneyFilter.Apply),

        // Lists (size, first, last and slice also take texts)
        ["size"] = new(0, 0, ListFilters.Size),
        ["first"] = new(0, 0, ListFilters.First),
        ["last"] = new(0, 0, ListFilters.Last),
        ["slice"] = new(1, 2, ListFilters.Slice),
        ["join"] = new(0, 1, ListFilters.Join),
        ["reverse"] = new(0, 0, ListFilters.Reverse),
        ["compact"] = new(0, 1, ListFilters.Compact),
        ["concat"] = new(1, 1, ListFilters.Concat),
        ["map"] = new(1, 1, ListFilters.Map),
        ["where"] = new(1, 2, ListFilters.Where),
        ["uniq"] = new(0, 1, ListFilters.Uniq),
        ["sort"] = new(0, 1, ListFilters.Sort),
        ["sort_natural"] = new(0, 1, ListFilters.SortNatural),

        // Dates
        ["date"] = new(1, 1, DateFilter.Apply),
    };

    public static IReadOnlyCollection<string> Names => Filters.Keys;

    public static bool TryGet(string name, [MaybeNullWhen(false)] out FilterSpec spec) => Filters.TryGetValue(name, out spec);
}
