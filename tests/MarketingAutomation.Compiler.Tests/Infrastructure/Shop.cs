using MarketingAutomation.Runtime;

namespace MarketingAutomation.Compiler.Tests.Infrastructure;

/// <summary>The example shop, built and loaded once for the tests that read its catalog.</summary>
internal static class Shop
{
    private static readonly Lazy<JourneyCatalog> Loaded = new(() => Builds.Load(Builds.Example("shop")));

    public static JourneyCatalog Catalog => Loaded.Value;

    public static CompiledJourney Journey(string name) => Catalog.Journeys.Single(j => j.Info.Name == name);

    /// <summary>A contact with the three fields the shop requires, plus <paramref name="more"/>.</summary>
    public static ContactProfile Contact(params (string Field, object? Value)[] more)
    {
        var fields = new Dictionary<string, object?>
        {
            ["email"] = "maja@example.com",
            ["first_name"] = "Maja",
            ["country"] = "PL",
        };
        foreach (var (field, value) in more)
        {
            fields[field] = value;
        }

        return Catalog.NewContact("c1", fields);
    }
}
