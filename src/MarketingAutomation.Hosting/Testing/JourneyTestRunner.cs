using System.Diagnostics;
using MarketingAutomation.Hosting.Loading;
using MarketingAutomation.Language.Binding;
using MarketingAutomation.Language.Syntax;
using MarketingAutomation.Runtime;
using MarketingAutomation.Runtime.Execution;
using MarketingAutomation.Runtime.Simulation;
using MarketingAutomation.Runtime.Time;

namespace MarketingAutomation.Hosting.Testing;

/// <summary>
/// Runs a workspace's `test` blocks. Each test is one contact on a fresh virtual clock (see
/// <see cref="TestClock"/>) with the whole workspace live around it: scores, segments, stages and
/// `start journey` all work, but only the journey under test enters through its trigger, so other
/// journeys' messages do not crowd its timeline or its frequency caps. Expectations look at what
/// the journey under test (and journeys it started) did.
/// </summary>
public static class JourneyTestRunner
{
    public static IReadOnlyList<TestOutcome> Run(LoadedWorkspace workspace, Func<TestSymbol, bool>? filter = null)
    {
        var catalog = workspace.Catalog ?? throw new InvalidOperationException("The workspace has errors; it cannot run tests.");
        var tests = workspace.Compilation.Model.Symbols.Tests
            .Where(t => filter is null || filter(t))
            .OrderBy(t => t.Source?.Path, StringComparer.Ordinal)
            .ThenBy(t => t.NameSpan.Start);
        return tests.Select(t => RunOne(t, catalog)).ToList();
    }

    private static TestOutcome RunOne(TestSymbol test, JourneyCatalog catalog)
    {
        var watch = Stopwatch.StartNew();
        var file = Path.GetFileName(test.Source?.Path ?? string.Empty);
        var line = test.Source is { } source ? source.GetLinePosition(test.NameSpan.Start).Line + 1 : 0;
        var journey = test.Journey?.Name ?? test.Syntax.Journey.Text;
        try
        {
            var (scenario, start, timeline) = Simulate(test, catalog);
            var relevant = RelevantJourneys(timeline, scenario);
            var actual = Actual(timeline, relevant, start);
            var expected = Expected(scenario, timeline, relevant, start);
            return new TestOutcome(test.Name, journey, file, line, expected, actual, null, watch.Elapsed);
        }
        catch (TestSetupException e)
        {
            var at = test.Source is { } s ? s.GetLinePosition(e.Span.Start).Line + 1 : line;
            return new TestOutcome(test.Name, journey, file, line, [], [], $"{file}:{at}: {e.Message}", watch.Elapsed);
        }
        catch (ArgumentException e)
        {
            return new TestOutcome(test.Name, journey, file, line, [], [], $"{file}:{line}: {e.Message}", watch.Elapsed);
        }
    }

    private static (TestScenario, DateTimeOffset, IReadOnlyList<TimelineEntry>) Simulate(TestSymbol test, JourneyCatalog catalog)
    {
        // The clock starts at 10:00 in the contact's zone, which the contact's own fields give.
        var provisional = TestScenario.Read(test, catalog, TestClock.Start(TimeZoneInfo.Utc));
        var executorOptions = new ExecutorOptions { TriggeredJourneys = new HashSet<string>([provisional.Journey], StringComparer.Ordinal), NoHoldouts = true };
        var zone = new Executor(catalog, executorOptions).TimeZoneOf(catalog.NewContact(provisional.ContactId, provisional.ContactFields));
        var start = TestClock.Start(zone);
        var scenario = TestScenario.Read(test, catalog, start);

        var simulator = new Simulator(catalog, start, executorOptions);
        simulator.AddContact(catalog.NewContact(scenario.ContactId, scenario.ContactFields));
        foreach (var (offset, item) in scenario.Inputs)
        {
            var at = start + offset;
            simulator.Schedule(at, scenario.ContactId, Stimulus(item, catalog, at, ZonedTime.LocalDate(at, zone)));
        }

        simulator.RunUntil(start + scenario.LastMoment + TestClock.RunsPastLastMoment);
        return (scenario, start, simulator.Timeline.Where(e => e.ContactId == scenario.ContactId).ToList());
    }

    private static Stimulus Stimulus(TestItemSyntax item, JourneyCatalog catalog, DateTimeOffset at, DateOnly today)
    {
        switch (item)
        {
            case TestEventSyntax e:
                var name = e.Event.FullName;
                if (!catalog.EventFields.TryGetValue(name, out var fields))
                {
                    throw new TestSetupException(e.Event.Span, $"no event '{name}'");
                }

                return Runtime.Stimulus.Arrived(catalog.NewEvent(name, at, TestValues.Record(e.Payload, fields, at, today)));
            case TestSetSyntax { Target: MemberExpressionSyntax { Member.Text: "stage" } } s when catalog.Stages.Count > 0 && !catalog.ContactFields.Any(f => f.Name == "stage"):
                return Runtime.Stimulus.Changed(new Dictionary<string, object?> { ["stage"] = TestValues.Value(s.Value, FieldKind.Enum, null, at, today) });
            case TestSetSyntax { Target: MemberExpressionSyntax { Member.Text: var field } } s:
                var info = catalog.ContactFields.FirstOrDefault(f => f.Name == field)
                    ?? throw new TestSetupException(s.Target.Span, $"no contact field '{field}'");
                return Runtime.Stimulus.Changed(new Dictionary<string, object?> { [field] = TestValues.Value(s.Value, info.Kind, info.ElementKind, at, today) });
            default:
                throw new TestSetupException(item.Span, "a test input is `event` or `set contact.<field> = <value>`");
        }
    }

    private static List<ActualStep> Actual(IReadOnlyList<TimelineEntry> timeline, HashSet<string> relevant, DateTimeOffset start)
    {
        return timeline
            .Select(e => new ActualStep(e.Effect.At - start, e.Effect.Journey ?? string.Empty, Reporting.EffectDescription.Of(e.Effect), e.Effect.File, e.Effect.Line, e.Effect.Journey is { } j && relevant.Contains(j)))
            .ToList();
    }

    private static List<ScriptStep> Expected(TestScenario scenario, IReadOnlyList<TimelineEntry> timeline, HashSet<string> relevant, DateTimeOffset start)
    {
        var effects = timeline.Where(e => e.Effect.Journey is { } j && relevant.Contains(j)).Select(e => e.Effect).ToList();
        var steps = new List<ScriptStep>();
        foreach (var (at, item) in scenario.Inputs)
        {
            steps.Add(new ScriptStep(at, InputText(scenario, item), scenario.LineOf(item), null, null));
        }

        foreach (var expect in scenario.Expectations)
        {
            var check = Expectations.Check(expect, effects, start);
            steps.Add(new ScriptStep(check.At, scenario.TextOf(expect), scenario.LineOf(expect), check.Passed, check.Message));
        }

        // Inputs and expectations in time order; undated expectations close the list, in script order.
        return steps.OrderBy(s => s.At ?? TimeSpan.MaxValue).ThenBy(s => s.Line).ToList();
    }

    private static string InputText(TestScenario scenario, TestItemSyntax item)
    {
        var text = scenario.TextOf(item);
        var firstLine = text.Split('\n')[0].TrimEnd();
        return firstLine.Length < text.TrimEnd().Length ? firstLine + " …" : firstLine;
    }

    /// <summary>The journey under test and every journey entered through `start journey` during the test.</summary>
    private static HashSet<string> RelevantJourneys(IReadOnlyList<TimelineEntry> timeline, TestScenario scenario)
    {
        var journeys = new HashSet<string>(StringComparer.Ordinal) { scenario.Journey };
        foreach (var entry in timeline)
        {
            if (entry.Effect is { Kind: EffectKind.Entered, Detail: "start journey", Journey: { } started })
            {
                journeys.Add(started);
            }
        }

        return journeys;
    }
}
