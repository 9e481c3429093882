using MarketingAutomation.Language.Liquid;
using MarketingAutomation.Language.Liquid.Rendering;
using static MarketingAutomation.Language.Tests.Liquid.RenderHelper;

namespace MarketingAutomation.Language.Tests.Liquid;

/// <summary>
/// Rendering random templates over awkward data never throws and never hits the renderer's own
/// safety net (which would mean a bug turned into a "rendering stopped" problem).
/// </summary>
public sealed class RenderRobustnessTests
{
    private static readonly string[] Fragments =
    [
        "{{ ", " }}", "{% ", " %}", "{{- ", " -}}", "x", "|", " | ", ": ", ", ", "'a'", "\"b\"", "(1..3)", "(n..2)",
        "if ", "elsif ", "else", "endif", "unless ", "endunless", "case ", "when ", "endcase", "for i in ", "endfor",
        " limit: 2", " offset: n", " reversed", "assign v = ", "capture c", "endcapture", "break", "continue",
        " and ", " or ", " == ", " != ", " < ", " contains ", "empty", "blank", "nil", "true", "0", "-3", "2.5",
        "n", "s", "list", "map", "day", "moment", "none", "i", "forloop.index", "list[0]", "map.a", "v", "c",
        "upcase", "append: s", "plus: n", "divided_by: 0", "date: '%d %B'", "money", "split: ','", "join", "sort",
        "map: 'a'", "where: 'a'", "uniq", "first", "size", "default: 1", "truncate: n", "slice: -1", "raw", "escape",
        "round: 2", "replace: 'a', s", "url_encode", "strip_html", "newline_to_br", "<b>", "é", "\n",
    ];

    private static readonly Dictionary<string, object?> Values = Vars(
        ("n", 3m),
        ("s", "a,b & <c>"),
        ("list", new object?[] { 1, "two", null, 2.5, new DateOnly(2026, 1, 1) }),
        ("map", new Dictionary<string, object?> { ["a"] = "x", ["b"] = null }),
        ("day", new DateOnly(2026, 3, 14)),
        ("moment", DateTimeOffset.UnixEpoch),
        ("none", Array.Empty<int>()));

    [Fact]
    public void Random_templates_render_without_exceptions()
    {
        var random = new Random(20260314);
        for (var i = 0; i < 3000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 30)).Select(_ => Fragments[random.Next(Fragments.Length)]));
            var options = new RenderOptions(HtmlEscape: random.Next(2) == 0, MaxOutputLength: 2000, MaxIterations: 200);

            var result = LiquidRenderer.Render(LiquidParser.Parse(text), new TestScope(Values), options);

            Assert.True(result.Text.Length <= 2000, text);
            Assert.DoesNotContain(result.Problems, problem => problem.StartsWith("rendering stopped", StringComparison.Ordinal));
        }
    }
}
