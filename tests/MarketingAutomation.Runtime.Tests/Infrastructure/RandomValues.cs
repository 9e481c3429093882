namespace MarketingAutomation.Runtime.Tests.Infrastructure;

/// <summary>Random plain values for declared fields: the kind of data a live system sends.</summary>
internal static class RandomValues
{
    private static readonly string[] Texts = ["", "web", "/pricing", "/sale/summer", "/checkout", "KC-1", "BEAN-ETH-250", "ala@example.com", "hard", "email", "sms"];

    public static Dictionary<string, object?> Record(IReadOnlyList<FieldInfo> fields, Random random, DateTimeOffset now)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (field.Required || random.Next(3) > 0)
            {
                values[field.Name] = Value(field, random, now);
            }
        }

        return values;
    }

    public static object? Value(FieldInfo field, Random random, DateTimeOffset now) =>
        field.Optional && random.Next(6) == 0 ? null : Of(field.Kind, field.ElementKind, field.EnumValues, random, now);

    private static object? Of(FieldKind kind, FieldKind? element, IReadOnlyList<string>? enumValues, Random random, DateTimeOffset now) => kind switch
    {
        FieldKind.Text => Texts[random.Next(Texts.Length)],
        FieldKind.Email => $"user{random.Next(100)}@example.com",
        FieldKind.Phone => random.Next(2) == 0 ? string.Empty : "+48600" + random.Next(100000, 999999),
        FieldKind.TimeZone => "Europe/Warsaw",
        FieldKind.Number => (decimal)random.Next(0, 6),
        FieldKind.Money => Math.Round((decimal)random.NextDouble() * 1500m, 2),
        FieldKind.Bool => random.Next(2) == 0,
        FieldKind.Date => DateOnly.FromDateTime(now.UtcDateTime).AddDays(random.Next(-400, 60)),
        FieldKind.DateTime => now.AddHours(random.Next(-100, 400)),
        FieldKind.Time => new TimeOnly(random.Next(24), random.Next(60)),
        FieldKind.Duration => TimeSpan.FromHours(random.Next(1, 100)),
        FieldKind.Enum => enumValues![random.Next(enumValues.Count)],
        FieldKind.List => Enumerable.Range(0, random.Next(3)).Select(_ => Of(element ?? FieldKind.Text, null, enumValues, random, now)).ToArray(),
        _ => null,
    };
}
