using MarketingAutomation.Runtime;

namespace MarketingAutomation.Benchmarks.Simulation;

/// <summary>
/// A realistic month for one shop contact, drawn from a seeded generator: a signup, opens and
/// clicks on the welcome mails, browsing, abandoned carts, orders with shipping and reviews, and
/// now and then an unsubscribe. About 9 events per contact on average.
/// </summary>
internal sealed class ShopStreams(JourneyCatalog catalog)
{
    private static readonly string[] Zones = ["Europe/Warsaw", "Europe/Berlin", "Europe/Prague", "Europe/London", "America/New_York"];
    private static readonly string[] Countries = ["PL", "DE", "CZ", "GB", "US"];
    private static readonly string[] Categories = ["beans", "grinders", "machines", "accessories"];
    private static readonly string[] Sources = ["web", "checkout", "app", "popup"];
    private static readonly string[] Paths = ["/", "/sale/autumn", "/checkout", "/beans", "/pricing"];

    public ContactProfile Contact(int index, Random random)
    {
        var id = "c" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var country = random.Next(Countries.Length);
        return catalog.NewContact(id, new Dictionary<string, object?>
        {
            ["email"] = id + "@example.com",
            ["first_name"] = "Shopper",
            ["country"] = Countries[country],
            ["timezone"] = Zones[country],
            ["phone"] = random.Next(3) == 0 ? "+48600" + random.Next(100000, 999999).ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
            ["marketing_consent"] = random.Next(10) < 8,
            ["sms_consent"] = random.Next(3) == 0,
            ["app_installed"] = random.Next(4) == 0,
            ["birthday"] = random.Next(2) == 0 ? new DateOnly(1970 + random.Next(35), 1 + random.Next(12), 1 + random.Next(28)) : null,
        });
    }

    /// <summary>The contact's events over about a month from <paramref name="start"/>, in time order.</summary>
    public IEnumerable<EventData> Month(Random random, DateTimeOffset start)
    {
        var at = start + TimeSpan.FromMinutes(random.Next(24 * 60));
        yield return Event("signed_up", at, ("source", Sources[random.Next(Sources.Length)]));
        if (random.Next(10) < 6)
        {
            yield return Event("email.opened", at += Hours(random, 1, 20), ("template", "welcome_1"));
            if (random.Next(2) == 0)
            {
                yield return Event("email.clicked", at += Minutes(random, 1, 30), ("template", "welcome_1"), ("url", "https://shop.example.com/"));
            }
        }

        for (var views = random.Next(1, 5); views > 0; views--)
        {
            at += Hours(random, 2, 60);
            yield return random.Next(2) == 0
                ? Event("page_viewed", at, ("path", Paths[random.Next(Paths.Length)]))
                : Event("product_viewed", at, ("sku", "BEAN-1"), ("category", Categories[random.Next(Categories.Length)]), ("price", 49m));
        }

        var buys = random.Next(10) < 4;
        if (random.Next(10) < 4)
        {
            yield return Event("cart_abandoned", at += Hours(random, 1, 48), ("cart_id", "C1"), ("value", (decimal)random.Next(10, 300)), ("top_sku", "BEAN-1"), ("item_count", 2m));
            buys |= random.Next(2) == 0;
        }

        if (buys)
        {
            var total = (decimal)random.Next(20, 1500);
            yield return Event("order_placed", at += Hours(random, 1, 72), ("order_id", "O1"), ("total", total), ("sku", "BEAN-1"), ("category", Categories[random.Next(Categories.Length)]), ("items", 1m));
            yield return Event("order_shipped", at += Hours(random, 12, 36), ("order_id", "O1"), ("carrier", "InPost"), ("tracking_url", "https://track.example.com/O1"));
            if (random.Next(10) < 3)
            {
                yield return Event("review_submitted", at += Hours(random, 48, 200), ("order_id", "O1"), ("rating", (decimal)random.Next(1, 6)));
            }
        }

        if (random.Next(20) == 0)
        {
            yield return Event("unsubscribed", at + Hours(random, 1, 200), ("channel", "email"));
        }
    }

    private EventData Event(string name, DateTimeOffset at, params (string Field, object? Value)[] fields) =>
        catalog.NewEvent(name, at, fields.ToDictionary(f => f.Field, f => f.Value));

    private static TimeSpan Hours(Random random, int from, int to) => TimeSpan.FromMinutes(random.Next(from * 60, to * 60));

    private static TimeSpan Minutes(Random random, int from, int to) => TimeSpan.FromMinutes(random.Next(from, to));
}
