using System.Text;

namespace MarketingAutomation.Benchmarks.Generation;

/// <summary>
/// The generated workspace's schema: a contact profile, events with typed fields, segments,
/// scores, a lifecycle, a policy and connections. Journeys draw their names from here.
/// </summary>
internal sealed class SchemaWriter(Random random)
{
    public const int EventCount = 30;
    public const int SegmentCount = 40;
    public const int ScoreCount = 5;
    public const int StageCount = 6;

    public static readonly string[] Countries = ["PL", "DE", "CZ", "FR", "NL", "SE", "ES", "IT"];
    public static readonly string[] Categories = ["beans", "grinders", "machines", "accessories"];
    public static readonly string[] Connections = ["crm", "shop_api", "loyalty_api"];

    public static string Event(int index) => $"event_{index:D2}";

    public static string Segment(int index) => $"segment_{index:D2}";

    public static string Score(int index) => $"score_{index}";

    public static string Stage(int index) => $"stage_{index}";

    public string Write()
    {
        var text = new StringBuilder();
        text.AppendLine("// Generated schema for benchmarks: a shop with many events and segments.")
            .AppendLine("contact {")
            .AppendLine("  email             : email")
            .AppendLine("  phone             : phone?")
            .AppendLine("  first_name        : text")
            .AppendLine("  last_name         : text?")
            .AppendLine("  country           : text")
            .AppendLine("  timezone          : timezone = \"Europe/Warsaw\"")
            .AppendLine("  birthday          : date?")
            .AppendLine("  renewal_date      : date?")
            .AppendLine("  plan              : enum(free, pro, enterprise) = free")
            .AppendLine("  tier              : enum(bronze, silver, gold) = bronze")
            .AppendLine("  lifetime_value    : money = 0")
            .AppendLine("  orders            : number = 0")
            .AppendLine("  marketing_consent : bool = false")
            .AppendLine("  sms_consent       : bool = false")
            .AppendLine("  app_installed     : bool = false")
            .AppendLine("  interests         : list(text)?")
            .AppendLine("}")
            .AppendLine();

        for (var i = 0; i < EventCount; i++)
        {
            text.AppendLine($"event {Event(i)} {{")
                .AppendLine("  id       : text")
                .AppendLine("  amount   : money")
                .AppendLine($"  category : enum({string.Join(", ", Categories)})")
                .AppendLine("  items    : number")
                .AppendLine("  path     : text")
                .AppendLine("}")
                .AppendLine();
        }

        for (var i = 0; i < SegmentCount; i++)
        {
            text.AppendLine($"segment {Segment(i)} = {SegmentCondition(i)}");
        }

        text.AppendLine();
        for (var i = 0; i < ScoreCount; i++)
        {
            text.AppendLine($"score {Score(i)} {{");
            for (var rule = 0; rule < 6; rule++)
            {
                var points = random.Next(1, 30);
                var filter = random.Next(3) == 0 ? $" where event.amount > {random.Next(10, 500)}" : string.Empty;
                var cap = random.Next(3) == 0 ? $" max {random.Next(1, 5)} per {random.Next(1, 8)}d" : string.Empty;
                text.AppendLine($"  on {Event(random.Next(EventCount))} +{points}{filter}{cap}");
            }

            text.AppendLine($"  on email.opened +1 max 5 per 1d")
                .AppendLine($"  decay {random.Next(5, 50)}% every {random.Next(7, 90)}d")
                .AppendLine("}")
                .AppendLine();
        }

        text.AppendLine($"lifecycle {{ {string.Join(" -> ", Enumerable.Range(0, StageCount).Select(Stage))} }}")
            .AppendLine()
            .AppendLine("policy {")
            .AppendLine("  quiet hours 21:00..08:00 local")
            .AppendLine("  at most 4 email per 7d")
            .AppendLine("  at most 1 sms per 1d")
            .AppendLine("}")
            .AppendLine();
        foreach (var connection in Connections)
        {
            text.AppendLine($"connection {connection}");
        }

        return text.ToString();
    }

    private string SegmentCondition(int index) => (index % 5) switch
    {
        0 => $"contact.lifetime_value > {random.Next(100, 5000)} and contact.country in [\"{Pick(Countries)}\", \"{Pick(Countries)}\"]",
        1 => $"contact.marketing_consent and not has tag \"tag_{random.Next(50)}\"",
        2 => $"score({Score(random.Next(ScoreCount))}) >= {random.Next(10, 100)}",
        3 => $"count({Event(random.Next(EventCount))} within {random.Next(7, 365)}d) >= {random.Next(1, 5)} or contact.tier == gold",
        _ => $"contact.plan == pro and contact.orders > {random.Next(1, 20)}",
    };

    private string Pick(string[] values) => values[random.Next(values.Length)];
}
