using MarketingAutomation.Language.Binding;
using MarketingAutomation.Language.Syntax;
using MarketingAutomation.Language.Text;
using MarketingAutomation.Runtime;

namespace MarketingAutomation.Hosting.Testing;

/// <summary>A test declaration read into what the simulator needs: the contact, the timed inputs, the expectations.</summary>
internal sealed class TestScenario
{
    private TestScenario(TestSymbol test, string journey)
    {
        Test = test;
        Journey = journey;
    }

    public TestSymbol Test { get; }

    public string Journey { get; }

    public string ContactId => "test: " + Test.Name;

    public Dictionary<string, object?> ContactFields { get; private set; } = [];

    public List<(TimeSpan At, TestItemSyntax Item)> Inputs { get; } = [];

    public List<TestExpectSyntax> Expectations { get; } = [];

    public TimeSpan LastMoment { get; private set; }

    public SourceText Source => Test.Source!;

    public static TestScenario Read(TestSymbol test, JourneyCatalog catalog, DateTimeOffset start)
    {
        var scenario = new TestScenario(test, test.Journey?.Name ?? test.Syntax.Journey.Text);
        foreach (var item in test.Syntax.Items)
        {
            switch (item)
            {
                case TestContactSyntax contact:
                    scenario.ContactFields = TestValues.Record(contact.Profile, catalog.ContactFields, start, DateOnly.FromDateTime(start.DateTime));
                    break;
                case TestEventSyntax e:
                    scenario.Inputs.Add((scenario.Moment(e.At), e));
                    break;
                case TestSetSyntax s:
                    scenario.Inputs.Add((scenario.Moment(s.At), s));
                    break;
                case TestExpectSyntax expect:
                    if (expect.At is { } at)
                    {
                        scenario.Moment(at);
                    }

                    scenario.Expectations.Add(expect);
                    break;
            }
        }

        return scenario;
    }

    /// <summary>1-based line of a node in the test's file.</summary>
    public int LineOf(SyntaxNode node) => Source.GetLinePosition(node.Span.Start).Line + 1;

    public string TextOf(SyntaxNode node) => Source.Text.Substring(node.Span.Start, node.Span.Length);

    private TimeSpan Moment(ExpressionSyntax at)
    {
        if (at is not DurationLiteralSyntax { Value: { } offset })
        {
            throw new TestSetupException(at.Span, "a test moment is a duration from the start, such as `3h` or `2d`");
        }

        LastMoment = offset > LastMoment ? offset : LastMoment;
        return offset;
    }
}
