using MarketingAutomation.Language.Liquid;

namespace MarketingAutomation.Language.Tests.Liquid;

/// <summary>Parse is called on whatever a marketer types, so it must never throw and never point outside the text.</summary>
public sealed class LiquidRobustnessTests
{
    // Fragments weighted towards Liquid syntax, so random strings reach deep into the parser.
    private static readonly string[] Fragments =
    [
        "{{", "}}", "{%", "%}", "{{-", "-}}", "{%-", "-%}", "{", "}", "%", "-", "|", ":", ",", "\"", "'",
        "(", ")", "[", "]", ".", "..", "==", "!=", "<>", "<=", ">=", "<", ">", "=", "!", " ", "\n", "\t",
        "if ", "elsif ", "else", "endif", "unless ", "endunless", "case ", "when ", "endcase", "for ",
        " in ", "endfor", "limit:", "offset:", "reversed", "assign ", "capture ", "endcapture", "raw",
        "endraw", "comment", "endcomment", "#", "break", "continue", " and ", " or ", " contains ",
        "contact", "first_name", "item", "forloop", "upcase", "append", "nope", "true", "nil", "empty",
        "blank", "0", "1", "-3", "2.5", "99999999999999999999999999999999", "a", "_", "?", "@", "+",
        "é", "\uD83D\uDE00", "\uD800", "\uDC00", "\0", "\r\n",
    ];

    private static readonly string[] Seeds =
    [
        "Hi {{ contact.first_name | default: \"there\" | upcase }}!",
        "{% if contact.plan == 'pro' and contact.ltv > 10 %}A{% elsif x contains \"y\" %}B{% else %}C{% endif %}",
        "{% for item in event.items limit: 2 offset: n reversed %}{{ forloop.index }} {{ item.sku }}{% else %}-{% endfor %}",
        "{% case contact.plan %}{% when 'free', 'pro' or 'x' %}F{% else %}E{% endcase %}",
        "{% assign t = a | plus: 1 %}{% capture c %}{{ t }}{% endcapture %}{{ c }}",
        "{%- raw -%}{{ x }}{%- endraw -%}{% comment %}{% if %}{% endcomment %}{% # note %}",
        "{% unless a[0][\"b\"][c] %}{{ (1..5) | join: ', ' }}{% endunless %}",
    ];

    [Fact]
    public void Random_fragment_soup_never_throws()
    {
        var random = new Random(20240611);
        for (var i = 0; i < 3000; i++)
        {
            var count = random.Next(0, 40);
            var text = string.Concat(Enumerable.Range(0, count).Select(_ => Fragments[random.Next(Fragments.Length)]));
            AssertParsesSafely(text);
        }
    }

    [Fact]
    public void Random_characters_never_throw()
    {
        const string syntax = "{}%-|:'\"()[].=<>! aZ09\n";
        var random = new Random(7);
        for (var i = 0; i < 2000; i++)
        {
            var chars = new char[random.Next(0, 60)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = random.Next(4) == 0 ? (char)random.Next(0, 0x10000) : syntax[random.Next(syntax.Length)];
            }

            AssertParsesSafely(new string(chars));
        }
    }

    [Fact]
    public void Mutated_valid_templates_never_throw()
    {
        var random = new Random(42);
        for (var i = 0; i < 4000; i++)
        {
            var text = Seeds[random.Next(Seeds.Length)];
            for (var edits = random.Next(1, 6); edits > 0; edits--)
            {
                text = Mutate(text, random);
            }

            AssertParsesSafely(text);
        }
    }

    [Fact]
    public void Every_prefix_of_a_valid_template_never_throws()
    {
        foreach (var seed in Seeds)
        {
            for (var length = 0; length <= seed.Length; length++)
            {
                AssertParsesSafely(seed[..length]);
            }
        }
    }

    [Theory]
    [InlineData("{% if a %}", 20000)]
    [InlineData("{% for i in l %}", 20000)]
    [InlineData("{% endif %}", 20000)]
    [InlineData("{% comment %}", 20000)]
    [InlineData("{{ a[", 20000)]
    [InlineData("{{ (", 20000)]
    [InlineData("\"", 20000)]
    [InlineData("{{ a", 20000)]
    public void Huge_repetitive_input_never_throws(string unit, int times)
    {
        AssertParsesSafely(string.Concat(Enumerable.Repeat(unit, times)));
    }

    [Fact]
    public void Huge_nested_brackets_and_conditions_never_throw()
    {
        AssertParsesSafely("{{ " + string.Concat(Enumerable.Repeat("a[", 50000)) + new string(']', 50000) + " }}");
        AssertParsesSafely("{% if a" + string.Concat(Enumerable.Repeat(" or a", 50000)) + " %}{% endif %}");
    }

    [Fact]
    public void Null_is_read_as_an_empty_template()
    {
        var template = LiquidParser.Parse(null!);

        Assert.Empty(template.Nodes);
        Assert.Empty(template.Errors);
    }

    private static string Mutate(string text, Random random)
    {
        var at = random.Next(text.Length + 1);
        return random.Next(3) switch
        {
            0 when text.Length > 0 => text.Remove(Math.Min(at, text.Length - 1), 1),
            1 => text.Insert(at, Fragments[random.Next(Fragments.Length)]),
            _ when text.Length > 1 => Swap(text, Math.Min(at, text.Length - 2)),
            _ => text + Fragments[random.Next(Fragments.Length)],
        };
    }

    private static string Swap(string text, int at)
    {
        var chars = text.ToCharArray();
        (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
        return new string(chars);
    }

    private static void AssertParsesSafely(string text)
    {
        LiquidTemplate template;
        try
        {
            template = LiquidParser.Parse(text);
        }
        catch (Exception exception)
        {
            Assert.Fail($"Parse threw {exception.GetType().Name} for input {Quote(text)}: {exception.Message}");
            return;
        }

        // Messages are built only on failure: quoting a huge input per item would dominate the run time.
        foreach (var error in template.Errors)
        {
            if (!InText(text, error.Offset, error.Length) || string.IsNullOrWhiteSpace(error.Message))
            {
                Assert.Fail($"error {error} is outside or empty for {Quote(text)}");
            }
        }

        foreach (var reference in template.References)
        {
            if (!InText(text, reference.Offset, reference.Length) || reference.Path.Count == 0)
            {
                Assert.Fail($"reference {reference} is outside or empty for {Quote(text)}");
            }
        }

        foreach (var node in template.Nodes)
        {
            if (!InText(text, node.Offset, node.Length))
            {
                Assert.Fail($"node {node} is outside {Quote(text)}");
            }
        }
    }

    private static bool InText(string text, int offset, int length) =>
        offset >= 0 && length >= 0 && offset + length <= text.Length;

    private static string Quote(string text) =>
        System.Text.Json.JsonSerializer.Serialize(text.Length > 300 ? text[..300] : text);
}
