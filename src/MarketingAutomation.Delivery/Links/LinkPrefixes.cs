namespace MarketingAutomation.Delivery.Links;

/// <summary>The path segment of each kind of link under the public base URL (short: links are long enough).</summary>
public static class LinkPrefixes
{
    public static string For(LinkKind kind) => kind switch
    {
        LinkKind.Open => "o",
        LinkKind.Click => "c",
        LinkKind.Unsubscribe => "u",
        LinkKind.View => "v",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
