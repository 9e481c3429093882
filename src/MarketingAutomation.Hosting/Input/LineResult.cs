namespace MarketingAutomation.Hosting.Input;

/// <summary>What one meaningful line of an input file gave: a record, or the problem that kept it out.</summary>
public sealed record LineResult<T>(T? Record, InputProblem? Problem)
    where T : class;
