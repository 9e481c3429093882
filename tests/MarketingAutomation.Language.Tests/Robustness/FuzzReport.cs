using System.Text;

namespace MarketingAutomation.Language.Tests.Robustness;

/// <summary>
/// Collects failing cases with what is needed to reproduce them: the seed, the mutations, and
/// the input itself, saved under robustness-failures/ beside the test assembly. Before each case
/// the seed is written to a marker file, so a case that kills the process (a stack overflow
/// cannot be caught) can still be found.
/// </summary>
internal sealed class FuzzReport(string suite)
{
    private const int MaxHangs = 2;

    // Fuzzed text may hold lone surrogates, which a strict encoder refuses to write.
    private static readonly System.Text.Encoding Lenient = new UTF8Encoding(false, false);

    private readonly List<string> failures = [];
    private readonly string markerPath = Path.Combine(FailureFolder, $"running-{Safe(suite)}.txt");
    private int hangs;

    public static string FailureFolder { get; } = Path.Combine(AppContext.BaseDirectory, "robustness-failures");

    /// <summary>Hung cases keep a core busy after they are abandoned: after a few, stop.</summary>
    public bool ShouldStop => hangs >= MaxHangs;

    public void Starting(string caseId, string description, string input)
    {
        Directory.CreateDirectory(FailureFolder);
        File.WriteAllText(markerPath, $"{suite}: {caseId} {description}\n--- input ---\n{Preview(input)}", Lenient);
    }

    public void Record(string caseId, string description, string input, string? problem)
    {
        if (problem is null)
        {
            return;
        }

        hangs += problem.StartsWith("hang", StringComparison.Ordinal) ? 1 : 0;
        var saved = Path.Combine(FailureFolder, $"{Safe(suite)}-{Safe(caseId)}.journey");
        File.WriteAllText(saved, input, Lenient);
        failures.Add($"{caseId} {description}\n  {problem.Replace("\n", "\n  ", StringComparison.Ordinal)}\n  input ({input.Length} chars) saved to {saved}");
    }

    /// <summary>Fails the test with every recorded case, or passes and removes the marker.</summary>
    public void AssertNone(int cases)
    {
        File.Delete(markerPath);
        if (failures.Count == 0)
        {
            return;
        }

        var message = new StringBuilder()
            .AppendLine($"{failures.Count} of {cases} cases of {suite} failed (a mutation replays with MA_FUZZ_REPLAY=\"<sample>@<seed>\"):");
        foreach (var failure in failures.Take(10))
        {
            message.AppendLine(failure);
        }

        Assert.Fail(message.ToString());
    }

    private static string Preview(string input) => input.Length <= 2000 ? input : input[..2000] + $"... ({input.Length} chars)";

    private static string Safe(string name) => string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '.' ? c : '_'));
}
