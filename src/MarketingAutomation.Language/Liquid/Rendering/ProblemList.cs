namespace MarketingAutomation.Language.Liquid.Rendering;

/// <summary>
/// The problems of one render, in the order found. A problem inside a loop would repeat once per
/// item, so each message is kept once, and the list stops growing after a few dozen.
/// </summary>
internal sealed class ProblemList
{
    private const int MaxProblems = 50;

    private readonly List<string> problems = [];
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);

    public void Add(string message)
    {
        if (!seen.Add(message) || problems.Count > MaxProblems)
        {
            return;
        }

        problems.Add(problems.Count < MaxProblems ? message : "more problems were found and left out");
    }

    public IReadOnlyList<string> ToList() => problems.ToArray();
}
