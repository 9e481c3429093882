using MarketingAutomation.Language.Syntax;

namespace MarketingAutomation.Language.Binding;

/// <summary>Journey tests are checked like journeys: every name, field and value.</summary>
internal sealed partial class Binder
{
    private readonly HashSet<(string Journey, string Test)> testNames = [];

    private void CheckTest(TestDeclarationSyntax test)
    {
        var journey = symbols.JourneysByName.GetValueOrDefault(test.Journey.Text);
        if (journey is null && !test.Journey.IsMissing)
        {
            diagnostics.ReportTestUnknownJourney(source, test.Journey.Span, test.Journey.Text, Suggestions.Closest(test.Journey.Text, symbols.JourneysByName.Keys));
        }
        else if (journey is not null)
        {
            AddReference(journey, test.Journey.Span);
            if (symbols.TestList.FirstOrDefault(t => t.Syntax == test) is { } symbol)
            {
                symbol.Journey = journey;
            }

            if (!testNames.Add((journey.Name, test.Name.Value)))
            {
                diagnostics.ReportDuplicateTestName(source, test.Name.Span, test.Name.Value, journey.Name);
            }
        }

        var sawContact = false;
        DurationLiteralSyntax? previous = null;
        foreach (var item in test.Items)
        {
            switch (item)
            {
                case TestContactSyntax contact:
                    sawContact = true;
                    CheckTestContact(contact);
                    break;
                case TestEventSyntax @event:
                    previous = CheckTestMoment(@event.At, previous);
                    var resolved = ResolveEvent(@event.Event);
                    CheckEventPayload(resolved, @event.Payload, BindingScope.NoEvent);
                    break;
                case TestSetSyntax set:
                    previous = CheckTestMoment(set.At, previous);
                    CheckSet(set.Target, set.Value, BindingScope.NoEvent);
                    break;
                case TestExpectSyntax expect:
                    CheckExpectation(expect);
                    break;
            }
        }

        if (!sawContact && symbols.Contact is { } profile && profile.Fields.FirstOrDefault(f => f.IsRequired) is { } required)
        {
            diagnostics.ReportTestMissingContactField(source, test.Name.Span, required.Name);
        }

        if (!test.Items.OfType<TestExpectSyntax>().Any())
        {
            diagnostics.ReportTestWithoutExpectation(source, test.Name.Span, test.Name.Value);
        }
    }

    private void CheckTestContact(TestContactSyntax contact)
    {
        if (symbols.Contact is not { } profile)
        {
            return;
        }

        CheckRecord(profile, "The contact", contact.Profile, BindingScope.NoEvent);
        var given = contact.Profile.Properties.Select(p => p.Name.Text).ToHashSet();
        foreach (var field in profile.Fields.Where(f => f.IsRequired && !given.Contains(f.Name)))
        {
            diagnostics.ReportTestMissingContactField(source, new(contact.Span.Start, "contact".Length), field.Name);
        }
    }

    /// <summary>Moments of a test are offsets from its start (`at 3h`) and must not go backwards.</summary>
    private DurationLiteralSyntax? CheckTestMoment(ExpressionSyntax at, DurationLiteralSyntax? previous)
    {
        if (IsNegatedDuration(at))
        {
            diagnostics.ReportDurationOutOfRange(source, at.Span, source.Text.Substring(at.Span.Start, at.Span.Length), allowZero: true);
            return previous;
        }

        if (at is not DurationLiteralSyntax moment)
        {
            CheckValue(at, JourneyType.Duration, BindingScope.NoEvent, "after `at`");
            return previous;
        }

        CheckDuration(moment, allowZero: true);
        if (previous?.Value is { } before && moment.Value is { } now && now < before)
        {
            diagnostics.ReportTestTimeGoesBack(source, moment.Span, moment.Text, previous.Text);
        }

        return moment;
    }

    private void CheckExpectation(TestExpectSyntax expect)
    {
        switch (expect.Kind)
        {
            case ExpectationKind.Send when expect.Channel is { } channel && expect.Subject is { } template:
                var resolvedChannel = ResolveChannel(channel);
                if (ResolveTemplate(template) is { } symbol && resolvedChannel is { } c && symbol.IsChannelKnown && symbol.Channel != c)
                {
                    diagnostics.ReportTemplateChannelMismatch(source, template.Span, symbol.Name, symbol.Channel.ToString().ToLowerInvariant(), c.ToString().ToLowerInvariant());
                }

                break;
            case ExpectationKind.Stage when expect.Subject is { } stage:
                ResolveStage(stage);
                break;
            case ExpectationKind.Post when expect.Subject is { } connection:
                ResolveConnection(connection);
                break;
        }

        if (expect.At is DurationLiteralSyntax at)
        {
            CheckDuration(at, allowZero: true);
        }
        else if (expect.At is { } other)
        {
            CheckValue(other, JourneyType.Duration, BindingScope.NoEvent, "after `at`");
        }
    }
}
