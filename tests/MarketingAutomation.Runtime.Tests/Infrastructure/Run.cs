using MarketingAutomation.Runtime.Execution;
using MarketingAutomation.Runtime.Simulation;
using MarketingAutomation.Runtime.Time;

namespace MarketingAutomation.Runtime.Tests.Infrastructure;

/// <summary>
/// A small simulation for rule tests: one workspace, contacts in Europe/Warsaw, a clock starting
/// on Monday 2 March 2026 at 10:00 local (09:00 UTC), and helpers to read the timeline.
/// </summary>
internal sealed class Run
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public Run(string script, ExecutorOptions? options = null, DateTimeOffset? start = null)
    {
        Catalog = Workspaces.Compile(script);
        Simulator = new Simulator(Catalog, start ?? Start, options);
    }

    public JourneyCatalog Catalog { get; }

    public Simulator Simulator { get; }

    public static DateTimeOffset T0 => Start;

    public Run Contact(string id, params (string Field, object? Value)[] fields)
    {
        var values = fields.ToDictionary(f => f.Field, f => f.Value);
        values.TryAdd("email", id + "@example.com");
        Simulator.AddContact(Catalog.NewContact(id, values));
        return this;
    }

    public Run Event(TimeSpan at, string contact, string name, params (string Field, object? Value)[] fields)
    {
        Simulator.Schedule(Start + at, contact, Stimulus.Arrived(Catalog.NewEvent(name, Start + at, fields.ToDictionary(f => f.Field, f => f.Value))));
        return this;
    }

    public Run Set(TimeSpan at, string contact, string field, object? value)
    {
        Simulator.Schedule(Start + at, contact, Stimulus.Changed(new Dictionary<string, object?> { [field] = value }));
        return this;
    }

    public Run Until(TimeSpan at)
    {
        Simulator.RunUntil(Start + at);
        return this;
    }

    public IEnumerable<Effect> Effects(string contact, EffectKind kind) =>
        Simulator.Timeline.Where(e => e.ContactId == contact && e.Effect.Kind == kind).Select(e => e.Effect);

    /// <summary>When each send of the template went out, as offsets from the start.</summary>
    public List<TimeSpan> Sends(string contact, string template) =>
        Effects(contact, EffectKind.Send).Where(e => e.Name == template).Select(e => e.At - Start).ToList();

    public List<string> Skips(string contact, string template) =>
        Effects(contact, EffectKind.SendSkipped).Where(e => e.Name == template).Select(e => e.Detail ?? string.Empty).ToList();

    public List<TimeSpan> Entries(string contact, string journey) =>
        Effects(contact, EffectKind.Entered).Where(e => e.Journey == journey).Select(e => e.At - Start).ToList();

    public static DateTimeOffset Local(int year, int month, int day, int hour, int minute = 0) =>
        ZonedTime.At(new DateOnly(year, month, day), new TimeOnly(hour, minute), ZonedTime.Resolve("Europe/Warsaw"));

    public static TimeSpan H(double hours) => TimeSpan.FromHours(hours);

    public static TimeSpan D(double days) => TimeSpan.FromDays(days);
}
