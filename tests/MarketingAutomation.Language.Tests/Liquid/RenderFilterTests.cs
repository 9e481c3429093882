using System.Globalization;
using MarketingAutomation.Language.Liquid;
using MarketingAutomation.Language.Liquid.Rendering.Filters;
using static MarketingAutomation.Language.Tests.Liquid.RenderHelper;

namespace MarketingAutomation.Language.Tests.Liquid;

/// <summary>Every filter the checker accepts, with Liquid's results, and what happens when one is misused.</summary>
public sealed class RenderFilterTests
{
    private static readonly Dictionary<string, object?> Values = Vars(
        ("name", "ala nowak"),
        ("title", "  Hello World  "),
        ("price", 74.5m),
        ("big", 1234.5m),
        ("nothing", null),
        ("none", new List<object?>()),
        ("list", new[] { "b", "A", "C", "a" }),
        ("nums", new[] { 3, 1, 2 }),
        ("mixed", new object[] { 1, "a" }),
        ("dupes", new object[] { 1m, 1.0m, "1", "a", "a" }),
        ("items", new[]
        {
            new Dictionary<string, object?> { ["sku"] = "A", ["price"] = 10m, ["active"] = true },
            new Dictionary<string, object?> { ["sku"] = "B", ["price"] = 5m, ["active"] = false },
            new Dictionary<string, object?> { ["sku"] = "C", ["price"] = null, ["active"] = true },
            new Dictionary<string, object?> { ["sku"] = "A", ["price"] = 7m, ["active"] = false },
        }),
        ("html", "<b>Tom & Jerry</b>"),
        ("page", "<p>Hi <b>there</b><!-- note --><script>alert(1)</script><style>p { color: red }</style></p>"),
        ("lines", "a\nb\r\nc"),
        ("day", new DateOnly(2026, 3, 14)),
        ("at", new TimeOnly(9, 30)),
        ("moment", new DateTimeOffset(2026, 3, 14, 8, 5, 9, TimeSpan.Zero)));

    public static TheoryData<string, string> Cases { get; } = new()
    {
        { "{{ -5 | abs }} {{ '-2.5' | abs }}", "5 2.5" },
        { "{{ name | append: '!' }}", "ala nowak!" },
        { "{{ 3 | at_least: 5 }} {{ 7 | at_least: 5 }}", "5 7" },
        { "{{ 3 | at_most: 2 }} {{ 1 | at_most: 2 }}", "2 1" },
        { "{{ 'hELLO world' | capitalize }}", "Hello world" },
        { "{{ 1.2 | ceil }} {{ -1.2 | ceil }}", "2 -1" },
        { "{{ items | map: 'price' | compact | join: ',' }}", "10,5,7" },
        { "{{ items | compact: 'price' | map: 'sku' | join: ',' }}", "A,B,A" },
        { "{{ nums | concat: list | join: ',' }}", "3,1,2,b,A,C,a" },
        { "{{ day | date: '%d %B %Y' }}", "14 March 2026" },
        { "{{ day | date: '%a %b %-d, %A %h' }}", "Sat Mar 14, Saturday Mar" },
        { "{{ day | date: '%^B %_m %0e %F %D %R %T %Z' }}", "MARCH  3 14 2026-03-14 03/14/26 00:00 00:00:00 UTC" },
        { "{{ moment | date: '%Y-%m-%d %H:%M:%S %z' }}", "2026-03-14 08:05:09 +0000" },
        { "{{ moment | date: '%I:%M %p|%P|%l|%e|%j|%u|%w|%y|%C|%U|%W|%V|%G|%L|%%' }}", "08:05 AM|am| 8|14|073|6|6|26|20|10|10|11|2026|000|%" },
        { "{{ moment | date: '%c' }} {{ moment | date: '%s' }}", "Sat Mar 14 08:05:09 2026 1773475509" },
        { "{{ '2026-03-14' | date: '%A' }} {{ '2026-03-14T22:30:00+02:00' | date: '%H:%M %z' }}", "Saturday 22:30 +0200" },
        { "{{ 0 | date: '%F %T' }}", "1970-01-01 00:00:00" },
        { "{{ at | date: '%-I:%M %p' }}", "9:30 AM" },
        { "{{ day | date: '' }}", "2026-03-14" },
        { "{{ nothing | date: '%Y' }}", "" },
        { "{{ nothing | default: 'friend' }} {{ '' | default: 'friend' }} {{ name | default: 'friend' }}", "friend friend ala nowak" },
        { "{{ false | default: 'x' }} {{ false | default: 'x', allow_false: true }} {{ none | default: 'x' }} {{ 0 | default: 'x' }}", "x false x 0" },
        { "{{ 7 | divided_by: 2 }} {{ 7 | divided_by: 2.0 }} {{ -7 | divided_by: 2 }} {{ price | divided_by: 2 }}", "3 3.5 -4 37.25" },
        { "{{ 'ŁÓDŹ Ab' | downcase }}", "łódź ab" },
        { "{{ html | escape }}", "&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;" },
        { "{{ 'a &amp; b &#39; &#x27; < c &' | escape_once }}", "a &amp; b &#39; &#x27; &lt; c &amp;" },
        { "{{ list | first }} {{ name | first | upcase }} {{ none | first }}", "b A " },
        { "{{ 1.8 | floor }} {{ -1.2 | floor }}", "1 -2" },
        { "{{ list | join }}|{{ list | join: ', ' }}|{{ name | join: ',' }}", "b A C a|b, A, C, a|ala nowak" },
        { "{{ list | last }} {{ name | last }}", "a k" },
        { "[{{ title | lstrip }}]", "[Hello World  ]" },
        { "{{ items | map: 'sku' | join: '' }}", "ABCA" },
        { "{{ 10 | minus: 2.5 }}", "7.5" },
        { "{{ 7 | modulo: 3 }} {{ -7 | modulo: 3 }} {{ 7.5 | modulo: 2 }}", "1 2 1.5" },
        { "{{ lines | newline_to_br }}", "a<br />\nb<br />\nc" },
        { "{{ '3' | plus: 2 }} {{ nothing | plus: 1 }} {{ 0.1 | plus: 0.2 }}", "5 1 0.3" },
        { "{{ name | prepend: 'Dear ' }}", "Dear ala nowak" },
        { "{{ html | raw }}", "<b>Tom & Jerry</b>" },
        { "{{ 'a-b-c' | remove: '-' }}", "abc" },
        { "{{ 'a-b-c' | remove_first: '-' }}", "ab-c" },
        { "{{ 'a-b-c' | replace: '-', '+' }} {{ 'ab' | replace: '', '-' }}", "a+b+c -a-b-" },
        { "{{ 'a-b-c' | replace_first: '-', '+' }}", "a+b-c" },
        { "{{ nums | reverse | join: ',' }}", "2,1,3" },
        { "{{ 2.5 | round }} {{ -2.5 | round }} {{ 2.567 | round: 2 }} {{ 3 | round: 2 }}", "3 -3 2.57 3" },
        { "[{{ title | rstrip }}]", "[  Hello World]" },
        { "{{ name | size }} {{ list | size }} {{ nothing | size }} {{ items[0] | size }}", "9 4 0 3" },
        { "{{ name | slice: 0, 3 }}|{{ name | slice: -5, 5 }}|{{ name | slice: 1 }}|{{ list | slice: 1, 2 | join: ',' }}|{{ name | slice: 20 }}", "ala|nowak|l|A,C|" },
        { "{{ list | sort | join: ',' }} {{ nums | sort | join: ',' }} {{ items | sort: 'price' | map: 'sku' | join: ',' }}", "A,C,a,b 1,2,3 B,A,A,C" },
        { "{{ list | sort_natural | join: ',' }}", "A,a,b,C" },
        { "{{ 'a,b,,c,,' | split: ',' | join: '|' }} {{ '  a  b ' | split: ' ' | join: '|' }} {{ 'abc' | split: '' | join: '|' }} {{ '' | split: ',' | size }}", "a|b||c a|b a|b|c 0" },
        { "[{{ title | strip }}]", "[Hello World]" },
        { "{{ page | strip_html }}", "Hi there" },
        { "{{ lines | strip_newlines }}", "abc" },
        { "{{ 3 | times: 40 }} {{ price | times: 2 }}", "120 149.0" },
        { "{{ 'Ground coffee beans' | truncate: 10 }}|{{ 'short' | truncate: 10 }}|{{ 'Ground coffee' | truncate: 8, '…' }}|{{ 'abcdef' | truncate: 2 }}", "Ground ...|short|Ground …|..." },
        { "{{ 'one two three four' | truncatewords: 2 }}|{{ 'one  two' | truncatewords: 5 }}|{{ 'a b c' | truncatewords: 2, '' }}", "one two...|one  two|a b" },
        { "{{ dupes | uniq | size }} {{ items | uniq: 'sku' | map: 'price' | join: ',' }}", "3 10,5," },
        { "{{ name | upcase }}", "ALA NOWAK" },
        { "{{ 'a+b%26c%C3%A9%zz' | url_decode }}", "a b&cé%zz" },
        { "{{ 'a b&c=d/é~_.-' | url_encode }}", "a+b%26c%3Dd%2F%C3%A9~_.-" },
        { "{{ items | where: 'active' | map: 'sku' | join }} {{ items | where: 'sku', 'A' | map: 'price' | join }}", "A C 10 7" },
        { "{{ price | money }} {{ big | money }} {{ 3 | money }} {{ 2.005 | money }} {{ '12.5' | money }} [{{ nothing | money }}]", "74.50 1,234.50 3.00 2.01 12.50 []" },
    };

    public static TheoryData<string, string, string> Misuses { get; } = new()
    {
        { "{{ 'abc' | plus: 1 }}", "abc", "filter `plus`: expects a number, not a text" },
        { "{{ 5 | plus: 'x' }}", "5", "filter `plus`: expects a number argument, not a text" },
        { "{{ 5 | divided_by: 0 }}", "5", "filter `divided_by`: cannot divide by zero" },
        { "{{ 5 | modulo: 0 }}", "5", "filter `modulo`: cannot divide by zero" },
        { "{{ 79228162514264337593543950335 | times: 10 }}", "79228162514264337593543950335", "filter `times`: the result is too large" },
        { "{{ 2.5 | round: 'x' }}", "2.5", "filter `round`: expects a number of decimal places" },
        { "{{ name | truncate: 'many' }}", "ala nowak", "filter `truncate`: expects a number of characters" },
        { "{{ name | truncatewords: 'many' }}", "ala nowak", "filter `truncatewords`: expects a number of words" },
        { "{{ name | slice: 'x' }}", "ala nowak", "filter `slice`: expects whole numbers" },
        { "{{ name | append }}", "ala nowak", "filter `append` takes 1 argument, not 0" },
        { "{{ name | upcase: 1 }}", "ala nowak", "filter `upcase` takes no arguments, not 1" },
        { "{{ name | replace: 'a' }}", "ala nowak", "filter `replace` takes 2 arguments, not 1" },
        { "{{ name | truncate: 1, 2, 3 }}", "ala nowak", "filter `truncate` takes at most 2 arguments, not 3" },
        { "{{ name | default: 'x', loud: true }}", "ala nowak", "filter `default` has no `loud:` option" },
        { "{{ name | date: '%d' }}", "ala nowak", "filter `date`: expects a date, not a text" },
        { "{{ 'now' | date: '%Y' }}", "now", "write `now` without quotes" },
        { "{{ day | date: '%Q %d' }}", "%Q 14", "filter `date`: unknown date directive `%Q`" },
        { "{{ name | money }}", "ala nowak", "filter `money`: expects an amount, not a text" },
        { "{{ name | reverse }}", "ala nowak", "filter `reverse`: expects a list, not a text" },
        { "{{ 5 | first }}", "5", "filter `first`: expects a list or a text" },
        { "{{ nums | concat: 5 | join }}", "3 1 2", "filter `concat`: expects a list to add, not a number" },
        { "{{ mixed | sort | join }}", "1 a", "filter `sort`: cannot sort a list that mixes" },
        { "{{ 5 | map: 'x' }}", "5", "filter `map`: expects a list, not a number" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Filters_work_as_in_liquid(string template, string expected)
    {
        Assert.Equal(expected, Clean(template, Values));
    }

    [Theory]
    [MemberData(nameof(Misuses))]
    public void A_misused_filter_leaves_the_value_and_says_why(string template, string expected, string problem)
    {
        Assert.Equal(expected, WithProblem(template, problem, Values));
    }

    [Fact]
    public void The_renderer_implements_exactly_the_filters_the_checker_accepts()
    {
        Assert.Equal(StandardFilters.All.Order(StringComparer.Ordinal), FilterTable.Names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_filter_has_a_case_here()
    {
        var templates = Cases.Select(row => (string)row[0]).ToList();
        var untested = StandardFilters.All.Where(name => !templates.Exists(t => t.Contains($"| {name} ", StringComparison.Ordinal) || t.Contains($"| {name}:", StringComparison.Ordinal)));

        Assert.Empty(untested);
    }

    [Fact]
    public void Money_uses_the_render_culture()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.NumberFormat.NumberDecimalSeparator = ",";
        culture.NumberFormat.NumberGroupSeparator = " ";

        Assert.Equal("1 234,50", Clean("{{ big | money }}", Values, Plain with { Culture = culture }));
    }

    [Fact]
    public void Date_shows_moments_in_the_render_time_zone()
    {
        var zone = TimeZoneInfo.CreateCustomTimeZone("Test/Minus5", TimeSpan.FromHours(-5), "Minus 5", "Minus 5");

        Assert.Equal("14 Mar 03:05:09 -0500 Test/Minus5", Clean("{{ moment | date: '%d %b %H:%M:%S %z %Z' }}", Values, Plain with { TimeZone = zone }));
    }

    [Fact]
    public void Filters_can_be_chained_in_assign()
    {
        Assert.Equal("A, B, C", Clean("{% assign skus = items | map: 'sku' | uniq | join: ', ' %}{{ skus }}", Values));
    }
}
