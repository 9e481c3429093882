using MarketingAutomation.Hosting.Input;
using MarketingAutomation.Runtime.Simulation;

namespace MarketingAutomation.Cli.Run;

/// <summary>
/// The stretch of virtual time a run covers, and the inputs placed on it. The run starts at the
/// earliest input (or now, to the minute, without any) and ends <c>after</c> the last one, so
/// waits and reminders after the last event still play out.
/// </summary>
internal sealed record RunSchedule(DateTimeOffset Start, DateTimeOffset End)
{
    public static RunSchedule For(RunInput input, TimeSpan after, DateTimeOffset now)
    {
        var start = input.First ?? new DateTimeOffset(now.UtcTicks - now.UtcTicks % TimeSpan.TicksPerMinute, TimeSpan.Zero);
        var last = input.Last ?? start;
        return new RunSchedule(start, last + after);
    }

    /// <summary>
    /// Queues every input. Contacts go first, so at one moment a contact exists before its events.
    /// A contact becomes known at its `at` (or the start), or at its first events line if that is
    /// earlier: otherwise that line would create it with defaults and its profile would be lost.
    /// </summary>
    public void Enqueue(Simulator simulator, RunInput input)
    {
        var firstLine = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var line in input.Events)
        {
            firstLine.TryAdd(line.Record.Contact, line.Record.At);
        }

        foreach (var contact in input.Contacts)
        {
            var at = contact.Record.At ?? Start;
            if (firstLine.TryGetValue(contact.Record.Id, out var first) && first < at)
            {
                at = first;
            }

            simulator.AddContact(contact.Profile, at);
        }

        foreach (var line in input.Events)
        {
            simulator.Schedule(line.Record.At, line.Record.Contact, line.Stimulus);
        }
    }
}
