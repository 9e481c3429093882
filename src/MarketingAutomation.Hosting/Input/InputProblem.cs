namespace MarketingAutomation.Hosting.Input;

/// <summary>A line of an input file that could not be used, and why: printed as `file:line: message`.</summary>
/// <param name="File">The file as the user named it.</param>
/// <param name="Line">One-based line number.</param>
public sealed record InputProblem(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}
