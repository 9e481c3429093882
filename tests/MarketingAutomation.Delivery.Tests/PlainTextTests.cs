using MarketingAutomation.Delivery.Rendering;

namespace MarketingAutomation.Delivery.Tests;

public sealed class PlainTextTests
{
    [Fact]
    public void Blocks_become_paragraphs_and_source_line_breaks_are_spaces()
    {
        var text = PlainText.FromHtml("<h1>Hello</h1>\n<p>One line\n  continued.</p><p>Two<br>lines</p>");

        Assert.Equal("Hello\n\nOne line continued.\n\nTwo\nlines", text);
    }

    [Fact]
    public void Links_keep_their_address_and_entities_are_decoded()
    {
        var text = PlainText.FromHtml("<p>Tom &amp; Jerry: <a href=\"https://shop.example.com/?a=1&amp;b=2\">Shop <b>now</b></a></p>");

        Assert.Equal("Tom & Jerry: Shop now (https://shop.example.com/?a=1&b=2)", text);
    }

    [Fact]
    public void List_items_get_a_dash_and_invisible_content_is_dropped()
    {
        var text = PlainText.FromHtml("<style>p { color: red }</style><!-- note --><ul><li>Beans</li><li>Grinder</li></ul><script>x()</script><p>End</p>");

        Assert.Equal("- Beans\n- Grinder\n\nEnd", text);
    }
}
