using static MarketingAutomation.Language.Tests.Liquid.RenderHelper;

namespace MarketingAutomation.Language.Tests.Liquid;

/// <summary>
/// With escaping on (email HTML), values are escaped where they are shown; the template's own
/// text and anything already HTML is not, so nothing is escaped twice.
/// </summary>
public sealed class RenderEscapingTests
{
    private const string Dangerous = "<b>\"Tom\" & 'Jerry'</b>";
    private const string Escaped = "&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;";

    private static readonly Dictionary<string, object?> Values = Vars(("name", Dangerous), ("lines", "1 < 2\n3 > 2"), ("total", 1234.5m));

    [Fact]
    public void Outputs_are_escaped_when_escaping_is_on()
    {
        Assert.Equal($"<p>{Escaped}</p>", Clean("<p>{{ name }}</p>", Values, RenderHelper.Escaped));
    }

    [Fact]
    public void Outputs_are_shown_as_they_are_when_escaping_is_off()
    {
        Assert.Equal($"<p>{Dangerous}</p>", Clean("<p>{{ name }}</p>", Values, Plain));
    }

    [Fact]
    public void Raw_as_the_last_filter_shows_html_unescaped()
    {
        Assert.Equal(Dangerous, Clean("{{ name | raw }}", Values, RenderHelper.Escaped));
        Assert.Equal("&lt;B&gt;", Clean("{{ '<b>' | raw | upcase }}", Values, RenderHelper.Escaped));
    }

    [Fact]
    public void Escape_filters_are_not_escaped_a_second_time()
    {
        Assert.Equal(Escaped, Clean("{{ name | escape }}", Values, RenderHelper.Escaped));
        Assert.Equal("a &amp; b &lt;", Clean("{{ 'a &amp; b <' | escape_once }}", Values, RenderHelper.Escaped));
    }

    [Fact]
    public void Values_in_attributes_cannot_close_the_quotes()
    {
        var values = Vars(("url", "https://x.example/?a=1&b=\"2\"' onclick='x"));

        Assert.Equal(
            "<a href=\"https://x.example/?a=1&amp;b=&quot;2&quot;&#39; onclick=&#39;x\">",
            Clean("<a href=\"{{ url }}\">", values, RenderHelper.Escaped));
    }

    [Fact]
    public void A_capture_is_escaped_once_while_it_renders_and_then_shown_as_it_is()
    {
        const string text = "{% capture card %}<b>{{ name }}</b>{% endcapture %}{{ card }}";

        Assert.Equal($"<b>{Escaped}</b>", Clean(text, Values, RenderHelper.Escaped));
        Assert.Equal($"<b>{Dangerous}</b>", Clean(text, Values, Plain));
    }

    [Fact]
    public void Newline_to_br_escapes_the_text_and_keeps_its_breaks()
    {
        Assert.Equal("1 &lt; 2<br />\n3 &gt; 2", Clean("{{ lines | newline_to_br }}", Values, RenderHelper.Escaped));
        Assert.Equal("1 < 2<br />\n3 > 2", Clean("{{ lines | newline_to_br }}", Values, Plain));
    }

    [Fact]
    public void Raw_blocks_and_template_text_are_never_escaped()
    {
        Assert.Equal("<i>&</i>{{ name }}", Clean("<i>&</i>{% raw %}{{ name }}{% endraw %}", Values, RenderHelper.Escaped));
    }

    [Fact]
    public void Numbers_and_strip_html_are_safe_and_stay_readable()
    {
        Assert.Equal("1,234.50 &quot;Tom&quot; &amp; &#39;Jerry&#39;", Clean("{{ total | money }} {{ name | strip_html }}", Values, RenderHelper.Escaped));
    }
}
