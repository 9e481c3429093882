namespace MarketingAutomation.Language.Liquid;

/// <summary>
/// The filters a template may use: standard Liquid plus <c>raw</c> (show HTML unescaped, as in
/// Liquid engines that escape by default) and the product's own <c>money</c>. The renderer
/// implements exactly these.
/// </summary>
internal static class StandardFilters
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "abs", "append", "at_least", "at_most", "capitalize", "ceil", "compact", "concat", "date",
        "default", "divided_by", "downcase", "escape", "escape_once", "first", "floor", "join", "last",
        "lstrip", "map", "minus", "modulo", "newline_to_br", "plus", "prepend", "raw", "remove", "remove_first",
        "replace", "replace_first", "reverse", "round", "rstrip", "size", "slice", "sort", "sort_natural",
        "split", "strip", "strip_html", "strip_newlines", "times", "truncate", "truncatewords", "uniq",
        "upcase", "url_decode", "url_encode", "where", "money",
    };

    public static IReadOnlyCollection<string> All => Names;

    public static bool IsKnown(string name) => Names.Contains(name);
}
