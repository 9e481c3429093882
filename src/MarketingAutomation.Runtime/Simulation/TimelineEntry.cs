using MarketingAutomation.Runtime.Execution;

namespace MarketingAutomation.Runtime.Simulation;

/// <summary>One effect in a simulation's timeline, with the contact it happened to.</summary>
public sealed record TimelineEntry(string ContactId, Effect Effect);
