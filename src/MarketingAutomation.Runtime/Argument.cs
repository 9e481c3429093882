namespace MarketingAutomation.Runtime;

/// <summary>One named value of a send's `with { }`, a `post` payload or an `emit` payload.</summary>
public readonly record struct Argument(string Name, object? Value);
