using System.Globalization;
using MarketingAutomation.Cli.Output;
using MarketingAutomation.Hosting.Testing;
using MarketingAutomation.Runtime;

namespace MarketingAutomation.Cli.Test;

/// <summary>
/// `ma test` for people: a line per test, and for a failure the expected and the actual timeline
/// side by side, each line with its place in the scripts.
/// </summary>
internal sealed class HumanTestWriter(Ansi ansi, bool verbose)
{
    private const int LeftWidth = 58;

    public void Write(IReadOnlyList<TestSuiteResult> suites, TextWriter output)
    {
        foreach (var suite in suites)
        {
            output.WriteLine(ansi.Bold($"{suite.Workspace}: {Plural(suite.Tests.Count, "test")}"));
            if (suite.Errors is { } errors)
            {
                output.WriteLine($"  {ansi.Severity(Language.Diagnostics.DiagnosticSeverity.Error, "not run")}: the workspace has {Plural(errors.Count(Language.Diagnostics.DiagnosticSeverity.Error), "error")} (run `ma check`)");
                continue;
            }

            foreach (var test in suite.Tests)
            {
                WriteTest(test, output);
            }
        }

        var tests = suites.SelectMany(s => s.Tests).ToList();
        var failed = tests.Count(t => !t.Passed);
        var notRun = suites.Count(s => s.Errors is not null);
        var time = suites.Sum(s => s.Elapsed.TotalSeconds).ToString("0.00", CultureInfo.InvariantCulture);
        var summary = $"{tests.Count - failed} passed, {failed} failed" + (notRun > 0 ? $", {Plural(notRun, "workspace")} not run" : string.Empty) + $" ({time} s)";
        output.WriteLine(failed > 0 || notRun > 0 ? ansi.Severity(Language.Diagnostics.DiagnosticSeverity.Error, summary) : ansi.Help(summary));
    }

    private void WriteTest(TestOutcome test, TextWriter output)
    {
        var mark = test.Passed ? ansi.Help("✓") : ansi.Severity(Language.Diagnostics.DiagnosticSeverity.Error, "✗");
        output.WriteLine($"  {mark} {test.Journey}: {test.Name}  {ansi.Gutter($"{test.File}:{test.Line}")}");
        if (test.SetupError is { } error)
        {
            output.WriteLine($"      cannot run: {error}");
            return;
        }

        if (test.Passed && !verbose)
        {
            return;
        }

        foreach (var failure in test.Failures)
        {
            output.WriteLine($"      {ansi.Gutter($"{test.File}:{failure.Line}")}  {failure.Text}");
            output.WriteLine($"        {failure.Message}");
        }

        output.WriteLine();
        WriteSideBySide(test, output);
        output.WriteLine();
    }

    private void WriteSideBySide(TestOutcome test, TextWriter output)
    {
        output.WriteLine("      " + ansi.Bold(Pad($"expected ({test.File}, by line)", LeftWidth)) + " │ " + ansi.Bold("actual (what the journeys did)"));
        var left = test.Expected.Select(s => (At: s.At, Text: Left(s))).ToList();
        var right = test.Actual.Where(a => a.Relevant).Select(a => (At: (TimeSpan?)a.At, Text: Right(a))).ToList();
        var moments = left.Select(l => l.At).Concat(right.Select(r => r.At)).Distinct().OrderBy(m => m ?? TimeSpan.MaxValue).ToList();
        foreach (var moment in moments)
        {
            var l = left.Where(x => x.At == moment).Select(x => x.Text).ToList();
            var r = right.Where(x => x.At == moment).Select(x => x.Text).ToList();
            for (var i = 0; i < Math.Max(l.Count, r.Count); i++)
            {
                var lText = i < l.Count ? l[i] : string.Empty;
                var rText = i < r.Count ? r[i] : string.Empty;
                output.WriteLine("      " + Pad(lText, LeftWidth) + " │ " + rText);
            }
        }
    }

    private static string Left(ScriptStep step)
    {
        var mark = step.Passed switch { true => "✓ ", false => "✗ ", null => "  " };
        return $"{Time(step.At)} {mark}{step.Line,4}  {step.Text}";
    }

    private static string Right(ActualStep step)
    {
        var where = step.File is { } f && step.Line > 0 ? $"  {f}:{step.Line}" : string.Empty;
        return $"{Time(step.At)} {step.Journey}: {step.Text}{where}";
    }

    private static string Time(TimeSpan? at) => (at is { } t ? PlainText.Duration(t) : "any").PadLeft(7);

    private static string Pad(string text, int width) =>
        text.Length > width ? text[..(width - 1)] + "…" : text.PadRight(width);

    private static string Plural(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
