using System.Text.Json.Nodes;

namespace MarketingAutomation.LoadTest;

/// <summary>
/// The shop's live traffic for the load test, from a fixed seed: each new shopper is created,
/// signs up (the welcome email is the message whose latency is measured), then browses, and some
/// abandon a cart or order. Every shopper lives in a time zone where it is day now, so quiet
/// hours hold nothing back and the welcome email goes out at once.
/// </summary>
internal sealed class ShopTraffic(string runId, string timeZone, int seed)
{
    private static readonly string[] Categories = ["beans", "grinders", "machines", "accessories"];
    private static readonly string[] Pages = ["/", "/beans", "/sale", "/machines", "/checkout", "/blog/brewing"];
    private readonly Random random = new(seed);
    private long nextEvent;

    public static string ContactId(string runId, int index) => $"{runId}-c{index}";

    public static string Email(string runId, int index) => $"{ContactId(runId, index)}@load.example.com";

    public JsonObject Contact(int index) => new()
    {
        ["email"] = Email(runId, index),
        ["first_name"] = $"Shopper {index}",
        ["country"] = "PL",
        ["timezone"] = timeZone,
        ["marketing_consent"] = true,
    };

    /// <summary>The shopper's events after the contact exists: a sign-up first, then 4 to 10 more.</summary>
    public IEnumerable<JsonObject> Events(int index)
    {
        var contact = ContactId(runId, index);
        yield return Event(contact, "signed_up", new JsonObject { ["source"] = "web" });
        var more = 4 + random.Next(7);
        for (var i = 0; i < more; i++)
        {
            var category = Categories[random.Next(Categories.Length)];
            yield return random.Next(10) switch
            {
                < 4 => Event(contact, "page_viewed", new JsonObject { ["path"] = Pages[random.Next(Pages.Length)] }),
                < 8 => Event(contact, "product_viewed", new JsonObject { ["sku"] = $"SKU-{random.Next(500)}", ["category"] = category, ["price"] = 10 + random.Next(300) }),
                8 => Event(contact, "cart_abandoned", new JsonObject { ["cart_id"] = $"C-{contact}-{i}", ["value"] = 20 + random.Next(200), ["top_sku"] = $"SKU-{random.Next(500)}", ["item_count"] = 1 + random.Next(4) }),
                _ => Event(contact, "order_placed", new JsonObject { ["order_id"] = $"O-{contact}-{i}", ["total"] = 20 + random.Next(400), ["sku"] = $"SKU-{random.Next(500)}", ["category"] = category, ["items"] = 1 + random.Next(3) }),
            };
        }
    }

    private JsonObject Event(string contact, string name, JsonObject data) => new()
    {
        ["id"] = $"{runId}-e{nextEvent++}",
        ["contact"] = contact,
        ["event"] = name,
        ["data"] = data,
    };

    /// <summary>An IANA zone where the local time is now between 09:00 and 18:00, so quiet hours (21:00–08:00) hold nothing.</summary>
    public static string DaytimeZone(DateTimeOffset now)
    {
        string[] zones = ["Europe/Warsaw", "America/New_York", "America/Los_Angeles", "Asia/Tokyo", "Asia/Kolkata", "Australia/Sydney", "America/Sao_Paulo", "Asia/Dubai", "Pacific/Auckland"];
        foreach (var zone in zones)
        {
            var local = TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(zone));
            if (local.Hour is >= 9 and < 18)
            {
                return zone;
            }
        }

        // The zones' offsets are never more than 4 hours apart around the clock, so one always fits.
        throw new InvalidOperationException("no daytime zone found");
    }
}
