namespace MarketingAutomation.Delivery.Links;

/// <summary>What a signed link does when followed. The value is part of the signed bytes.</summary>
public enum LinkKind : byte
{
    /// <summary>The open-tracking pixel: records an open, answers a 1x1 image.</summary>
    Open = 1,

    /// <summary>A tracked link: records a click, redirects to the one URL it was signed for.</summary>
    Click = 2,

    /// <summary>Unsubscribes the contact from the message's channel (RFC 8058 one-click by POST, a page by GET).</summary>
    Unsubscribe = 3,

    /// <summary>The message shown in a browser (`view_in_browser_url`).</summary>
    View = 4,
}
