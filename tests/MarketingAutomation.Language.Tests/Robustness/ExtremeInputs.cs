using System.Text;

namespace MarketingAutomation.Language.Tests.Robustness;

/// <summary>
/// Inputs no person writes but a generator, a paste or an attacker might: nesting thousands
/// deep, operator chains thousands long, lines of a million characters.
/// </summary>
internal static class ExtremeInputs
{
    public static IEnumerable<(string Name, string Text)> DeepNesting()
    {
        foreach (var depth in new[] { 50, 99, 100, 101, 1_000, 10_000, 100_000 })
        {
            yield return ($"parentheses-{depth}", $"segment s = {Repeat("(", depth)}1{Repeat(")", depth)}\n");
            yield return ($"open-parentheses-{depth}", $"segment s = {Repeat("(", depth)}\n");
            yield return ($"brackets-{depth}", $"segment s = contact.x in {Repeat("[", depth)}1{Repeat("]", depth)}\n");
            yield return ($"ifs-{depth}", $"journey j {{\n  when e\n{Repeat("if true {\n", depth)}exit\n{Repeat("}\n", depth)}}}\n");
            yield return ($"open-braces-{depth}", $"journey j {Repeat("{", depth)}\n");
            yield return ($"closing-braces-{depth}", Repeat("}", depth));
            yield return ($"objects-{depth}", $"journey j {{\n  post crm {Repeat("{ a: ", depth)}1{Repeat(" }", depth)}\n}}\n");
        }

        foreach (var length in new[] { 1_000, 1_999, 2_000, 2_001, 10_000, 100_000 })
        {
            yield return ($"not-chain-{length}", $"segment s = {Repeat("not ", length)}true\n");
            yield return ($"negation-chain-{length}", $"segment s = {Repeat("- ", length)}1 > 0\n");
            yield return ($"sum-{length}", $"segment s = {Repeat("contact.lifetime_value + ", length)}1 > 0\n");
            yield return ($"and-chain-{length}", $"segment s = {Repeat("true and ", length)}true\n");
            yield return ($"member-chain-{length}", $"segment s = contact{Repeat(".a", length)} == 1\n");
            yield return ($"comparison-chain-{length}", $"segment s = {Repeat("1 < ", length)}1\n");
            yield return ($"in-chain-{length}", $"segment s = {Repeat("contact.x in ", length)}[1]\n");
            yield return ($"wait-sum-{length}", $"journey j {{\n  when e\n  wait {Repeat("1d + ", length)}1d\n}}\n");
        }

    }

    /// <summary>
    /// Long operator chains inside each of several brackets, the bracket first, so that the tree
    /// is deep on its left side: its depth is the number of brackets times the chain length,
    /// although no bracket nests deeper than the parser's limit and no chain is longer than it.
    /// </summary>
    public static IEnumerable<(string Name, string Text)> LeftDeepChains()
    {
        foreach (var (brackets, chain) in new[] { (10, 1_999), (99, 1_500), (20, 250), (30, 250), (99, 250) })
        {
            var text = new StringBuilder("segment s = ");
            text.Append('(', brackets).Append("true");
            for (var i = 0; i < brackets; i++)
            {
                text.Append(Repeat(" and true", chain)).Append(')');
            }

            yield return ($"left-deep-chains-{brackets}x{chain}", text.Append('\n').ToString());
            yield return ($"left-deep-sums-{brackets}x{chain}", text.ToString().Replace(" and true", " + 1", StringComparison.Ordinal).Replace("(true", "(1", StringComparison.Ordinal) + " > 0\n");
        }
    }

    public static IEnumerable<(string Name, string Text)> LongLines()
    {
        yield return ("string-1M", $"template sms s \"{Repeat("a", 1_000_000)}\"\n");
        yield return ("unterminated-string-1M", $"template sms s \"{Repeat("a", 1_000_000)}\n");
        yield return ("identifier-1M", $"connection {Repeat("a", 1_000_000)}\n");
        yield return ("number-100k", $"segment s = contact.x > {Repeat("9", 100_000)}\n");
        yield return ("duration-100k", $"journey j {{\n  when e\n  wait {Repeat("9", 100_000)}d\n}}\n");
        yield return ("comment-1M", $"// {Repeat("x", 1_000_000)}\nconnection a\n");
        yield return ("block-comment-1M", $"/* {Repeat("x", 1_000_000)} */ connection a\n");
        yield return ("unterminated-comment-1M", $"connection a /* {Repeat("x\n", 500_000)}");
        yield return ("list-20k", $"segment s = contact.x in [{string.Join(", ", Enumerable.Range(0, 20_000))}]\n");
        yield return ("object-20k", $"journey j {{\n  when e\n  post crm {{ {string.Join(", ", Enumerable.Range(0, 20_000).Select(i => $"p{i}: {i}"))} }}\n}}\n");
        yield return ("declarations-20k-one-line", Repeat("connection c ", 20_000));
        yield return ("enum-10k", $"contact {{ plan : enum({string.Join(", ", Enumerable.Range(0, 10_000).Select(i => $"v{i}"))}) }}\n");
        yield return ("steps-20k-one-line", $"journey j {{ when e {Repeat("wait 1d; ", 20_000)}}}\n");
        yield return ("bad-characters-100k", Repeat("#", 100_000));
        yield return ("nul-100k", Repeat("\0", 100_000));
        yield return ("lone-surrogates-10k", Repeat("\ud800", 10_000));
        yield return ("newlines-1M", Repeat("\n", 1_000_000));
        yield return ("carriage-returns-20k", Repeat("connection a\r", 20_000));
    }

    /// <summary>Template file names that are not file names: the binder resolves and reads them.</summary>
    public static IEnumerable<(string Name, string Text)> OddTemplatePaths()
    {
        var paths = new Dictionary<string, string>
        {
            ["escaped-nul"] = "x\\u0000y",
            ["raw-nul"] = "x\0y",
            ["empty"] = "",
            ["folder"] = ".",
            ["parent-folders"] = string.Concat(Enumerable.Repeat("../", 100)),
            ["root"] = "/",
            ["long-100k"] = Repeat("a", 100_000),
            ["long-segments"] = string.Join('/', Enumerable.Repeat(Repeat("b", 300), 50)),
            ["control-characters"] = "\u0001\u001b\u007f.liquid",
            ["wildcards"] = "*?<>|:.liquid",
        };
        foreach (var (name, path) in paths)
        {
            yield return ($"template-file-{name}", $"template email t {{\n  subject \"s\"\n  body file \"{path}\"\n}}\n");
        }
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();
}
