using MarketingAutomation.Compiler.Tests.Infrastructure;
using MarketingAutomation.Runtime;

namespace MarketingAutomation.Compiler.Tests;

/// <summary>
/// The shop catalog's value factories as a host uses them: contacts and events from plain values,
/// read back as plain values, and clear errors that name the field for anything else.
/// </summary>
public sealed class CatalogFactoryTests
{
    private static JourneyCatalog Catalog => Shop.Catalog;

    private static readonly DateTimeOffset Noon = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_contact_from_plain_values_reads_back_the_same_values()
    {
        var contact = Shop.Contact(
            ("phone", "+48600100200"),
            ("birthday", new DateOnly(1990, 4, 12)),
            ("tier", "gold"),
            ("lifetime_value", 950.5m),
            ("favourite_roast", "dark"),
            ("interests", new object?[] { "espresso", "filter" }),
            ("marketing_consent", true));

        Assert.Equal("c1", contact.ContactId);
        Assert.IsType(Catalog.ContactType, contact);
        Assert.Equal("maja@example.com", Catalog.ReadField(contact, "email"));
        Assert.Equal("+48600100200", Catalog.ReadField(contact, "phone"));
        Assert.Equal(new DateOnly(1990, 4, 12), Catalog.ReadField(contact, "birthday"));
        Assert.Equal("gold", Catalog.ReadField(contact, "tier"));
        Assert.Equal(950.5m, Catalog.ReadField(contact, "lifetime_value"));
        Assert.Equal("dark", Catalog.ReadField(contact, "favourite_roast"));
        Assert.Equal(true, Catalog.ReadField(contact, "marketing_consent"));
        var interests = Assert.IsAssignableFrom<IReadOnlyList<object?>>(Catalog.ReadField(contact, "interests"));
        Assert.Equal(["espresso", "filter"], interests);
    }

    [Fact]
    public void Fields_not_given_keep_their_defaults_or_stay_missing()
    {
        var contact = Shop.Contact();
        Assert.Equal("en", Catalog.ReadField(contact, "language"));
        Assert.Equal("Europe/Warsaw", Catalog.ReadField(contact, "timezone"));
        Assert.Equal("standard", Catalog.ReadField(contact, "tier"));
        Assert.Equal(0m, Catalog.ReadField(contact, "lifetime_value"));
        Assert.Equal(false, Catalog.ReadField(contact, "sms_consent"));
        Assert.Null(Catalog.ReadField(contact, "last_name"));
        Assert.Null(Catalog.ReadField(contact, "birthday"));
        Assert.Null(Catalog.ReadField(contact, "favourite_roast"));
        Assert.Null(Catalog.ReadField(contact, "interests"));
    }

    [Theory]
    [InlineData(12)]
    [InlineData(12L)]
    [InlineData(12.0)]
    public void Numbers_may_be_int_long_or_double(object value)
    {
        var contact = Catalog.WithField(Shop.Contact(), "lifetime_value", value);
        Assert.Equal(12m, Catalog.ReadField(contact, "lifetime_value"));
    }

    [Fact]
    public void WithField_takes_plain_values_and_clears_optional_fields_with_null()
    {
        var contact = Shop.Contact(("favourite_roast", "light"), ("birthday", new DateOnly(1990, 1, 1)));
        contact = Catalog.WithField(contact, "tier", "silver");
        contact = Catalog.WithField(contact, "favourite_roast", null);
        contact = Catalog.WithField(contact, "birthday", null);
        Assert.Equal("silver", Catalog.ReadField(contact, "tier"));
        Assert.Null(Catalog.ReadField(contact, "favourite_roast"));
        Assert.Null(Catalog.ReadField(contact, "birthday"));
    }

    [Fact]
    public void WithField_takes_the_generated_values_a_set_step_reports()
    {
        // vip_join runs `set contact.tier = gold`: the host receives the generated enum value.
        var contact = Shop.Contact();
        var effects = new RecordingEffects();
        Shop.Journey("vip_join").Start(null, new FakeContext(contact), effects);
        Assert.Equal("standard", Catalog.ReadField(contact, "tier")); // the step changed its own copy, not the host's profile
        var (field, value) = Assert.Single(effects.Attributes);
        Assert.Equal("tier", field);
        Assert.IsNotType<string>(value);

        var updated = Catalog.WithField(contact, field, value);
        Assert.Equal("gold", Catalog.ReadField(updated, "tier"));
        Assert.Equal("standard", Catalog.ReadField(contact, "tier"));
    }

    [Fact]
    public void WithField_takes_a_generated_list_as_it_is_held()
    {
        var contact = Catalog.WithField(Shop.Contact(), "interests", new[] { "espresso" });
        var typed = Catalog.ContactType.GetProperty("Interests")?.GetValue(contact);
        var again = Catalog.WithField(Shop.Contact(), "interests", typed);
        Assert.Equal(["espresso"], Assert.IsAssignableFrom<IReadOnlyList<object?>>(Catalog.ReadField(again, "interests")));
    }

    [Fact]
    public void An_event_from_plain_values_reads_back_the_same_values()
    {
        var fields = new Dictionary<string, object?>
        {
            ["order_id"] = "KC-1001",
            ["total"] = 42,
            ["sku"] = "GRD-NICHE",
            ["category"] = "grinders",
            ["items"] = 1.0,
        };
        var order = Catalog.NewEvent("order_placed", Noon, fields);

        Assert.Equal("order_placed", order.EventName);
        Assert.Equal(Noon, order.OccurredAt);
        Assert.IsType(Catalog.EventTypes["order_placed"], order);
        Assert.Equal("KC-1001", Catalog.ReadEventField(order, "order_id"));
        Assert.Equal(42m, Catalog.ReadEventField(order, "total"));
        Assert.Equal("grinders", Catalog.ReadEventField(order, "category"));
        Assert.Equal(1m, Catalog.ReadEventField(order, "items"));

        // The record is what journeys expect: the order confirmation's trigger accepts it.
        var context = new FakeContext(Shop.Contact());
        Assert.True(Shop.Journey("order_confirmation").TriggerMatches(order, context));
    }

    [Fact]
    public void Built_in_events_are_made_the_same_way()
    {
        var opened = Catalog.NewEvent("email.opened", Noon, new Dictionary<string, object?> { ["template"] = "we_miss_you" });
        Assert.Equal("email.opened", opened.EventName);
        Assert.Equal("we_miss_you", Catalog.ReadEventField(opened, "template"));
    }

    [Fact]
    public void Unknown_names_are_rejected_naming_them()
    {
        Rejects(() => Shop.Contact(("favourite_colour", "red")), "contact.favourite_colour");
        Rejects(() => Catalog.ReadField(Shop.Contact(), "stage"), "contact.stage");
        Rejects(() => Catalog.NewEvent("order_cancelled", Noon, new Dictionary<string, object?>()), "order_cancelled");
        Rejects(() => Catalog.NewEvent("page_viewed", Noon, new Dictionary<string, object?> { ["path"] = "/", ["referrer"] = "x" }), "page_viewed.referrer");
        var page = Catalog.NewEvent("page_viewed", Noon, new Dictionary<string, object?> { ["path"] = "/" });
        Rejects(() => Catalog.ReadEventField(page, "title"), "page_viewed.title");
    }

    [Fact]
    public void Values_of_the_wrong_type_are_rejected_naming_the_field()
    {
        var contact = Shop.Contact();
        Rejects(() => Catalog.WithField(contact, "lifetime_value", "12"), "contact.lifetime_value: expected a number, got text");
        Rejects(() => Catalog.WithField(contact, "marketing_consent", "yes"), "contact.marketing_consent: expected a bool, got text");
        Rejects(() => Catalog.WithField(contact, "email", null), "contact.email: expected text, got nothing");
        Rejects(() => Catalog.WithField(contact, "birthday", new DateTime(1990, 4, 12)), "contact.birthday: expected a date (DateOnly), got a DateTime");
        Rejects(() => Catalog.WithField(contact, "lifetime_value", double.NaN), "contact.lifetime_value");
        Rejects(() => Catalog.WithField(contact, "interests", "espresso"), "contact.interests: expected a list, got text");
        Rejects(() => Catalog.WithField(contact, "interests", new object?[] { "espresso", 5 }), "contact.interests[1]: expected text, got a number");
    }

    [Fact]
    public void Enum_values_must_be_script_names_exactly()
    {
        Rejects(() => Catalog.WithField(Shop.Contact(), "tier", "Gold"), "contact.tier: expected one of standard, silver, gold, got \"Gold\"");
        Rejects(() => Catalog.WithField(Shop.Contact(), "tier", 2), "contact.tier: expected one of standard, silver, gold, got a number");
    }

    [Fact]
    public void Events_need_every_required_field_with_the_right_type()
    {
        var fields = new Dictionary<string, object?> { ["order_id"] = "KC-1", ["sku"] = "X", ["category"] = "beans", ["items"] = 1 };
        Rejects(() => Catalog.NewEvent("order_placed", Noon, fields), "order_placed.total");

        fields["total"] = "12.50";
        Rejects(() => Catalog.NewEvent("order_placed", Noon, fields), "order_placed.total: expected a number, got text");

        fields["total"] = 12.5m;
        fields["category"] = "tea";
        Rejects(() => Catalog.NewEvent("order_placed", Noon, fields), "order_placed.category");
    }

    private static void Rejects(Func<object?> action, string expected)
    {
        var error = Assert.Throws<ArgumentException>(action);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
