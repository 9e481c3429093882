using MarketingAutomation.Compiler.Tests.Infrastructure;
using MarketingAutomation.Runtime;

namespace MarketingAutomation.Compiler.Tests;

/// <summary>Field shapes the examples do not use still get factories that compile and round-trip.</summary>
public sealed class CatalogShapesTests
{
    private const string Script = """
        contact {
          email: email
          badges: list(enum(bronze, silver, gold))?
          scores: list(list(number)) = []
          seen_at: datetime?
          call_at: time?
          cooldown: duration = 2d
        }
        event rated {
          stars: number
          note: text?
          mood: enum(happy, sad)?
          day: date
          source: text = "web"
          level: enum(low, high)? = high
          tags: list(list(text)) = []
        }
        """;

    private static readonly Lazy<JourneyCatalog> Catalog = new(() => Builds.Load(Builds.FromText(("w.journey", Script))));

    [Fact]
    public void Lists_of_enums_and_lists_of_lists_round_trip()
    {
        var catalog = Catalog.Value;
        var contact = catalog.NewContact("c1", new Dictionary<string, object?>
        {
            ["email"] = "a@example.com",
            ["badges"] = new object?[] { "gold", "bronze" },
            ["scores"] = new object?[] { new object?[] { 1, 2.5 }, new object?[] { 3m } },
        });

        Assert.Equal(["gold", "bronze"], Assert.IsAssignableFrom<IReadOnlyList<object?>>(catalog.ReadField(contact, "badges")));
        var scores = Assert.IsAssignableFrom<IReadOnlyList<object?>>(catalog.ReadField(contact, "scores"));
        Assert.Equal([1m, 2.5m], Assert.IsAssignableFrom<IReadOnlyList<object?>>(scores[0]));
        Assert.Equal([3m], Assert.IsAssignableFrom<IReadOnlyList<object?>>(scores[1]));

        var badges = catalog.ContactFields.Single(f => f.Name == "badges");
        Assert.Equal(FieldKind.Enum, badges.ElementKind);
        Assert.Equal(["bronze", "silver", "gold"], badges.EnumValues);
    }

    [Fact]
    public void Moments_times_and_durations_round_trip()
    {
        var catalog = Catalog.Value;
        var seen = new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.FromHours(2));
        var contact = catalog.NewContact("c1", new Dictionary<string, object?>
        {
            ["email"] = "a@example.com",
            ["seen_at"] = seen,
            ["call_at"] = new TimeOnly(14, 15),
        });

        Assert.Equal(seen, catalog.ReadField(contact, "seen_at"));
        Assert.Equal(new TimeOnly(14, 15), catalog.ReadField(contact, "call_at"));
        Assert.Equal(TimeSpan.FromDays(2), catalog.ReadField(contact, "cooldown"));
        Assert.Throws<ArgumentException>(() => catalog.WithField(contact, "cooldown", 2));
    }

    [Fact]
    public void Optional_event_fields_may_be_left_out()
    {
        var catalog = Catalog.Value;
        var rated = catalog.NewEvent("rated", DateTimeOffset.UnixEpoch, new Dictionary<string, object?> { ["stars"] = 5, ["day"] = new DateOnly(2026, 1, 2) });
        Assert.Equal(5m, catalog.ReadEventField(rated, "stars"));
        Assert.Null(catalog.ReadEventField(rated, "note"));
        Assert.Null(catalog.ReadEventField(rated, "mood"));

        var moody = catalog.NewEvent("rated", DateTimeOffset.UnixEpoch, new Dictionary<string, object?> { ["stars"] = 1, ["day"] = new DateOnly(2026, 1, 2), ["mood"] = "sad" });
        Assert.Equal("sad", catalog.ReadEventField(moody, "mood"));
    }

    [Fact]
    public void Event_fields_with_defaults_keep_them_unless_given()
    {
        var catalog = Catalog.Value;
        var required = new Dictionary<string, object?> { ["stars"] = 4, ["day"] = new DateOnly(2026, 1, 2) };
        var plain = catalog.NewEvent("rated", DateTimeOffset.UnixEpoch, required);
        Assert.Equal("web", catalog.ReadEventField(plain, "source"));
        Assert.Equal("high", catalog.ReadEventField(plain, "level"));
        Assert.Empty(Assert.IsAssignableFrom<IReadOnlyList<object?>>(catalog.ReadEventField(plain, "tags")));

        var given = catalog.NewEvent("rated", DateTimeOffset.UnixEpoch, new Dictionary<string, object?>(required)
        {
            ["source"] = "app",
            ["level"] = null,
            ["tags"] = new object?[] { new object?[] { "a" } },
        });
        Assert.Equal("app", catalog.ReadEventField(given, "source"));
        Assert.Null(catalog.ReadEventField(given, "level"));
        var tags = Assert.IsAssignableFrom<IReadOnlyList<object?>>(catalog.ReadEventField(given, "tags"));
        Assert.Equal(["a"], Assert.IsAssignableFrom<IReadOnlyList<object?>>(Assert.Single(tags)));
    }

    [Fact]
    public void Event_fields_are_described_like_contact_fields()
    {
        var fields = Catalog.Value.EventFields["rated"];
        Assert.Equal(["stars", "note", "mood", "day", "source", "level", "tags"], fields.Select(f => f.Name));
        Assert.Equal(new FieldInfo("source", FieldKind.Text, Optional: false, HasDefault: true), fields[4]);
        Assert.Equal(["low", "high"], fields[5].EnumValues);
        Assert.True(fields[5].Optional && fields[5].HasDefault);
        Assert.Equal(FieldKind.List, fields[6].ElementKind);
    }

    [Fact]
    public void A_type_named_like_a_catalog_member_does_not_shadow_it()
    {
        // `contact.fields` as an enum would be `ContactFields`, the catalog's property.
        var result = Builds.FromText(("w.journey", "contact {\n  email: email\n  fields: enum(some, all) = some\n}\n"));
        var catalog = Builds.Load(result);
        var contact = catalog.WithField(catalog.NewContact("c1"), "fields", "all");
        Assert.Equal("all", catalog.ReadField(contact, "fields"));
        Assert.Equal(2, catalog.ContactFields.Count);
    }
}
