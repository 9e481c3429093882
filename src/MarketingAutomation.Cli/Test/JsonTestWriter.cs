using MarketingAutomation.Cli.Output;
using MarketingAutomation.Hosting.Testing;

namespace MarketingAutomation.Cli.Test;

/// <summary>`ma test --format json`: every test with its expectations and the actual timeline. Times are seconds from the test's start.</summary>
internal static class JsonTestWriter
{
    public static void Write(IReadOnlyList<TestSuiteResult> suites, TextWriter output) => JsonOutput.Write(output, w =>
    {
        var tests = suites.SelectMany(s => s.Tests).ToList();
        w.WriteStartObject();
        w.WriteNumber("passed", tests.Count(t => t.Passed));
        w.WriteNumber("failed", tests.Count(t => !t.Passed));
        w.WriteStartArray("workspaces");
        foreach (var suite in suites)
        {
            w.WriteStartObject();
            w.WriteString("path", suite.Workspace);
            w.WriteBoolean("ran", suite.Errors is null);
            w.WriteStartArray("tests");
            foreach (var test in suite.Tests)
            {
                WriteTest(w, test);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static void WriteTest(System.Text.Json.Utf8JsonWriter w, TestOutcome test)
    {
        w.WriteStartObject();
        w.WriteString("name", test.Name);
        w.WriteString("journey", test.Journey);
        w.WriteString("file", test.File);
        w.WriteNumber("line", test.Line);
        w.WriteBoolean("passed", test.Passed);
        w.WriteNumber("milliseconds", Math.Round(test.Elapsed.TotalMilliseconds, 2));
        if (test.SetupError is { } error)
        {
            w.WriteString("error", error);
        }

        w.WriteStartArray("expected");
        foreach (var step in test.Expected)
        {
            w.WriteStartObject();
            if (step.At is { } at)
            {
                w.WriteNumber("at", at.TotalSeconds);
            }

            w.WriteString("text", step.Text);
            w.WriteNumber("line", step.Line);
            if (step.Passed is { } passed)
            {
                w.WriteBoolean("passed", passed);
            }

            if (step.Message is { } message)
            {
                w.WriteString("message", message);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("actual");
        foreach (var step in test.Actual)
        {
            w.WriteStartObject();
            w.WriteNumber("at", step.At.TotalSeconds);
            w.WriteString("journey", step.Journey);
            w.WriteString("text", step.Text);
            if (step.File is { } file && step.Line > 0)
            {
                w.WriteString("file", file);
                w.WriteNumber("line", step.Line);
            }

            w.WriteBoolean("underTest", step.Relevant);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
