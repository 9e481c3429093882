using MarketingAutomation.Language.Binding;
using MarketingAutomation.Language.Liquid;
using MarketingAutomation.Language.Liquid.Rendering;
using MarketingAutomation.Language.Syntax;
using MarketingAutomation.Language.Workspace;
using static MarketingAutomation.Language.Tests.Liquid.RenderHelper;

namespace MarketingAutomation.Language.Tests.Liquid;

/// <summary>
/// Every template of the shop example, inline and in files, rendered the way a send would render
/// it: a contact, the event in scope, the send's arguments and the built-in variables. Email
/// bodies are HTML and escaped; subjects, preheaders, plain-text parts, SMS and push are not.
/// </summary>
public sealed class ExampleRenderTests
{
    private static readonly IReadOnlyDictionary<string, TemplateSymbol> Templates =
        Compilation.Create(JourneyWorkspace.FromDirectory(Path.Combine(RepositoryPaths.Examples, "shop")))
            .Model.Symbols.Templates.ToDictionary(template => template.Name, StringComparer.Ordinal);

    public static TheoryData<string> TemplateNames => new(Templates.Keys.Order(StringComparer.Ordinal));

    [Fact]
    public void The_example_has_inline_and_file_templates_to_render()
    {
        Assert.True(Templates.Count >= 30, $"only {Templates.Count} templates");
        Assert.Contains(Templates.Values, template => template.Syntax.Parts.Any(part => part.Kind == TemplatePartKind.Inline));
        Assert.True(Templates.Values.Sum(template => template.Texts.Count) > Templates.Count);
    }

    [Theory]
    [MemberData(nameof(TemplateNames))]
    public void Every_part_renders_without_problems(string name)
    {
        var template = Templates[name];
        Assert.NotEmpty(template.Texts);
        foreach (var part in template.Texts.Keys)
        {
            var result = RenderPart(template, part, Scope());

            Assert.True(result.Problems.Count == 0, $"{name} {part}: {string.Join("; ", result.Problems)}");
            Assert.DoesNotContain("{{", result.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("{%", result.Text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("cart_reminder", TemplatePartKind.Subject, "You left something in your cart, Ala")]
    [InlineData("cart_reminder", TemplatePartKind.Body, "You left 3 item(s) worth <strong>149.90</strong> in your cart.")]
    [InlineData("cart_reminder", TemplatePartKind.Body, "<img src=\"https://cdn.example.com/products/BEAN-ETH-250.jpg\"")]
    [InlineData("cart_nudge", TemplatePartKind.Body, "Kawa & Co: your cart (149.90) is waiting: shop.example.com/cart/C-5526 STOP to opt out")]
    [InlineData("renewal_reminder", TemplatePartKind.Body, "your subscription renews on 14 March.")]
    [InlineData("xsell_espresso_beans", TemplatePartKind.Subject, "Beans roasted for your GRD-C40")]
    [InlineData("xsell_grinder", TemplatePartKind.Body, "<a href=\"https://shop.example.com/p/GRD-ENCORE?utm_campaign=cross_sell\">")]
    [InlineData("we_miss_you", TemplatePartKind.Body, "since your last bag (BEAN-ETH-250).")]
    [InlineData("welcome_2_engaged", TemplatePartKind.Body, "You told us you like medium roasts")]
    [InlineData("order_confirmation_email", TemplatePartKind.Body, "<tr><td>Total</td><td><strong>89.90</strong></td></tr>")]
    [InlineData("order_confirmation_email", TemplatePartKind.Text, "Thanks for your order K-10293 (89.90). We will email you again when it ships.")]
    [InlineData("anniversary_email", TemplatePartKind.Body, "<strong>3</strong> order(s) worth 412.40 — that is roughly 120 cups of")]
    [InlineData("order_shipped_email", TemplatePartKind.Body, "<a href=\"https://track.example.com/K-10293?ref=mail&amp;lang=en\">Track your parcel</a>")]
    [InlineData("order_shipped_sms", TemplatePartKind.Body, "Track: https://track.example.com/K-10293?ref=mail&lang=en")]
    [InlineData("vip_welcome", TemplatePartKind.Body, "You have spent over 1,250.00 with us")]
    [InlineData("vip_welcome", TemplatePartKind.Subject, "You're a Kawa & Co. VIP, Ala ✨")]
    [InlineData("referral_thanks_push", TemplatePartKind.Body, "Ola joined thanks to you. 50 points added! ☕")]
    [InlineData("weekly_roast", TemplatePartKind.Body, "<a href=\"https://shop.example.com/preferences/p-123\">Change preferences</a>")]
    [InlineData("birthday_sms", TemplatePartKind.Body, "Happy birthday Ala! A free 250g Birthday Blend with code BDAY-ALA-7Q2. Kawa & Co")]
    public void Parts_show_the_data(string name, TemplatePartKind part, string expected)
    {
        var result = RenderPart(Templates[name], part, Scope());

        Assert.Empty(result.Problems);
        Assert.Contains(expected, result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_with_html_is_escaped_in_the_body_but_not_in_the_subject()
    {
        var scope = Scope(firstName: "Zoë <3 & co");

        Assert.Contains("<h1>Welcome, Zoë &lt;3 &amp; co!</h1>", RenderPart(Templates["welcome_1"], TemplatePartKind.Body, scope).Text, StringComparison.Ordinal);
        Assert.Equal("Welcome to Kawa & Co., Zoë <3 & co!", RenderPart(Templates["welcome_1"], TemplatePartKind.Subject, scope).Text);
    }

    [Fact]
    public void An_empty_optional_field_hides_its_block_without_problems()
    {
        var result = RenderPart(Templates["welcome_2_engaged"], TemplatePartKind.Body, Scope(favouriteRoast: null));

        Assert.Empty(result.Problems);
        Assert.DoesNotContain("You told us", result.Text, StringComparison.Ordinal);
    }

    private static RenderResult RenderPart(TemplateSymbol template, TemplatePartKind part, ILiquidScope scope)
    {
        var parsed = LiquidParser.Parse(template.Texts[part]);
        Assert.Empty(parsed.Errors);
        var html = template.Channel == Channel.Email && part == TemplatePartKind.Body;
        return LiquidRenderer.Render(parsed, scope, new RenderOptions(HtmlEscape: html, TimeZone: TimeZoneInfo.Utc));
    }

    /// <summary>One contact, an event carrying the fields the templates read, every argument a send passes, and the built-ins.</summary>
    private static TestScope Scope(string firstName = "Ala", string? favouriteRoast = "medium")
    {
        var contact = new Dictionary<string, object?>
        {
            ["email"] = "ala@example.com",
            ["phone"] = null,
            ["first_name"] = firstName,
            ["last_name"] = "Nowak",
            ["country"] = "PL",
            ["language"] = "en",
            ["timezone"] = "Europe/Warsaw",
            ["birthday"] = new DateOnly(1990, 4, 12),
            ["tier"] = "gold",
            ["lifetime_value"] = 1250.00m,
            ["first_order_date"] = new DateOnly(2025, 3, 2),
            ["subscription_renews_on"] = new DateOnly(2026, 3, 14),
            ["favourite_roast"] = favouriteRoast,
            ["interests"] = new List<object?> { "espresso", "filter" },
            ["marketing_consent"] = true,
            ["sms_consent"] = true,
            ["app_installed"] = true,
            ["referral_code"] = "ALA-7Q2",
            ["referred_by"] = null,
        };
        var @event = new Dictionary<string, object?>
        {
            ["cart_id"] = "C-5526",
            ["value"] = 149.90m,
            ["top_sku"] = "BEAN-ETH-250",
            ["item_count"] = 3m,
            ["order_id"] = "K-10293",
            ["total"] = 89.90m,
            ["sku"] = "GRD-C40",
            ["category"] = "grinders",
            ["items"] = 2m,
            ["carrier"] = "DHL",
            ["tracking_url"] = "https://track.example.com/K-10293?ref=mail&lang=en",
            ["friend_name"] = "Ola",
        };
        return new TestScope(Vars(
            ("contact", contact),
            ("event", @event),
            ("cart", "C-5526"),
            ("top_sku", "BEAN-ETH-250"),
            ("code", "ALA-7Q2"),
            ("order_id", "K-10293"),
            ("total", 89.90m),
            ("sku", "BEAN-ETH-250"),
            ("bought", "GRD-C40"),
            ("picks", new List<object?> { "GRD-C40", "GRD-ENCORE", "GRD-HAND-MINI" }),
            ("last_sku", "BEAN-ETH-250"),
            ("friend_name", "Ola"),
            ("years", 1m),
            ("orders", 3m),
            ("spent", 412.40m),
            ("unsubscribe_url", "https://shop.example.com/unsubscribe/u-123"),
            ("preferences_url", "https://shop.example.com/preferences/p-123"),
            ("view_in_browser_url", "https://shop.example.com/view/v-123"),
            ("journey", "welcome"),
            ("now", new DateTimeOffset(2026, 3, 11, 9, 0, 0, TimeSpan.Zero)),
            ("today", new DateOnly(2026, 3, 11))));
    }
}
