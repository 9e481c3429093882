using System.Globalization;
using MarketingAutomation.Compiler.Writing;
using MarketingAutomation.Language.Binding;
using MarketingAutomation.Language.Syntax;

namespace MarketingAutomation.Compiler.Lowering;

/// <summary>A journey's metadata as a C# constructor call, and the same facts for the manifest.</summary>
internal static class JourneyInfoWriter
{
    /// <summary>The `Info` property; a time-based trigger's timing goes on a line of its own.</summary>
    public static void Write(CSharpWriter w, JourneySymbol journey, string version, string? sourceFile)
    {
        var facts = JourneyFacts.Of(journey);
        var gap = facts.MinimumGap is { } g ? $"global::System.TimeSpan.FromTicks({CSharpLiteral.Int(g.Ticks)}L)" : "null";
        var window = facts.GoalWindow is { } gw ? $"global::System.TimeSpan.FromTicks({CSharpLiteral.Int(gw.Ticks)}L)" : "null";
        var subject = facts.TriggerSubject is { } s ? CSharpLiteral.String(s) : "null";
        var arguments = $"{CSharpLiteral.String(journey.Name)}, {CSharpLiteral.String(version)}, {SchemaNames.Runtime}TriggerKind.{facts.Trigger}, {subject}, "
            + $"{CSharpLiteral.String(facts.TriggerDescription)}, {CSharpLiteral.Bool(facts.EntryOnce)}, {gap}, {window}, {CSharpLiteral.Decimal(facts.HoldoutPercent)}";
        var header = $"public override {SchemaNames.Runtime}JourneyInfo Info {{ get; }} = new(";
        var file = sourceFile is null ? ";" : $" {{ SourceFile = {CSharpLiteral.String(sourceFile)} }};";
        if (TriggerTimingWriter.Create(journey.Syntax.Clauses.OfType<TriggerClauseSyntax>().FirstOrDefault()?.Trigger) is not { } timing)
        {
            w.Line(header + arguments + ")" + file);
            return;
        }

        w.Line(header);
        w.Line($"    {arguments},");
        w.Line($"    Timing: {timing})" + file);
    }
}

/// <summary>The clauses of a journey as plain facts.</summary>
internal sealed record JourneyFacts(
    Runtime.TriggerKind Trigger,
    string? TriggerSubject,
    string TriggerDescription,
    bool EntryOnce,
    TimeSpan? MinimumGap,
    TimeSpan? GoalWindow,
    decimal HoldoutPercent)
{
    public static JourneyFacts Of(JourneySymbol journey)
    {
        var clauses = journey.Syntax.Clauses;
        var trigger = clauses.OfType<TriggerClauseSyntax>().FirstOrDefault()?.Trigger;
        var entry = clauses.OfType<EntryClauseSyntax>().FirstOrDefault();
        var goal = clauses.OfType<GoalClauseSyntax>().FirstOrDefault();
        var holdout = clauses.OfType<HoldoutClauseSyntax>().FirstOrDefault();
        var (kind, subject, description) = Describe(trigger);
        return new JourneyFacts(kind, subject, description, entry?.Once ?? true, entry?.MinimumGap?.Value, goal?.Window?.Value, holdout?.Percent.Value ?? 0);
    }

    private static string Time(TimeLiteralSyntax at, TimeZoneKind zone) =>
        string.Create(CultureInfo.InvariantCulture, $"{at.Hour:00}:{at.Minute:00} {(zone == TimeZoneKind.Local ? "local" : "utc")}");

    private static (Runtime.TriggerKind, string?, string) Describe(TriggerSyntax? trigger) => trigger switch
    {
        EventTriggerSyntax e => (Runtime.TriggerKind.Event, e.Event.FullName, "event " + e.Event.FullName + (e.Filter is null ? string.Empty : " (filtered)")),
        SegmentTriggerSyntax s => (s.Enters ? Runtime.TriggerKind.SegmentEnters : Runtime.TriggerKind.SegmentLeaves, s.Segment.Text, (s.Enters ? "contact enters " : "contact leaves ") + s.Segment.Text),
        StageTriggerSyntax s => (Runtime.TriggerKind.StageBecomes, s.Stage.Text, "stage becomes " + s.Stage.Text),
        DateTriggerSyntax d => (d.Yearly ? Runtime.TriggerKind.YearlyDate : Runtime.TriggerKind.OnceDate, null, (d.Yearly ? "yearly date at " : "date at ") + Time(d.At, d.Zone)),
        InactivityTriggerSyntax i => (Runtime.TriggerKind.Inactivity, null, "inactive " + i.Period.Text),
        AbsenceTriggerSyntax a => (Runtime.TriggerKind.Absence, a.Event.FullName, "no " + a.Event.FullName + " for " + a.Period.Text),
        ScheduleTriggerSyntax s => (Runtime.TriggerKind.Schedule, s.Segment.Text, "schedule " + s.Date.Text + " " + Time(s.At, s.Zone) + " for " + s.Segment.Text),
        RecurringTriggerSyntax r => (Runtime.TriggerKind.Recurring, r.Segment.Text, "every " + r.Day.Text + " at " + Time(r.At, r.Zone) + " for " + r.Segment.Text),
        _ => (Runtime.TriggerKind.None, null, "start journey"),
    };
}
