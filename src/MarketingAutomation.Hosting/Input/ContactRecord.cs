namespace MarketingAutomation.Hosting.Input;

/// <summary>A contact from a contacts file: its id, when it becomes known (null: at the start of the run), and its fields as plain values.</summary>
public sealed record ContactRecord(int Line, string Id, DateTimeOffset? At, IReadOnlyDictionary<string, object?> Fields) : IInputRecord;
