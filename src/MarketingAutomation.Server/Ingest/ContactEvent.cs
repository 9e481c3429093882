using MarketingAutomation.Server.Grains;

namespace MarketingAutomation.Server.Ingest;

/// <summary>An event addressed to a contact, as it enters the server.</summary>
public sealed record ContactEvent(string Contact, IncomingEvent Event);
