using MarketingAutomation.Runtime;

namespace MarketingAutomation.Server.Deployments;

/// <summary>
/// Carries profiles and events from one build's generated types to another's, through plain
/// values by field name. Each build has its own record types (its own assembly), so an instance
/// running on an older build must see the contact as that build's type, and what it produces must
/// come back as the current build's. Fields the target does not declare are dropped; a value the
/// target's declaration refuses keeps the target's default.
/// </summary>
public sealed class CatalogBridge(JourneyCatalog from, JourneyCatalog to)
{
    /// <summary>The last profile carried over and its result, as one object: grains on several threads share a bridge.</summary>
    private Carried? last;

    public JourneyCatalog From => from;

    public JourneyCatalog To => to;

    /// <summary>The profile as the target's type. Profiles are immutable, so the last one is remembered: conditions read it many times per step.</summary>
    public ContactProfile Profile(ContactProfile profile)
    {
        if (Volatile.Read(ref last) is { } remembered && ReferenceEquals(remembered.Source, profile))
        {
            return remembered.Target;
        }

        var target = to.NewContact(profile.ContactId);
        foreach (var field in to.ContactFields)
        {
            if (from.ContactFields.Any(f => f.Name == field.Name))
            {
                try
                {
                    target = to.WithField(target, field.Name, from.ReadField(profile, field.Name));
                }
                catch (ArgumentException)
                {
                    // The field changed type between the builds: the target keeps its default.
                }
            }
        }

        Volatile.Write(ref last, new Carried(profile, target));
        return target;
    }

    /// <summary>The event as the target's type, or null when the target does not declare it (or refuses its data).</summary>
    public EventData? Event(EventData? @event)
    {
        if (@event is null || !from.EventFields.TryGetValue(@event.EventName, out var sourceFields) || !to.EventFields.TryGetValue(@event.EventName, out var fields))
        {
            return null;
        }

        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (sourceFields.Any(f => f.Name == field.Name))
            {
                values[field.Name] = from.ReadEventField(@event, field.Name);
            }
        }

        try
        {
            return to.NewEvent(@event.EventName, @event.OccurredAt, values);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Arguments (send `with`, `post` payloads) as plain values: enum values of the source build become their names.</summary>
    public IReadOnlyList<Argument> Arguments(IReadOnlyList<Argument> arguments) =>
        arguments.Count == 0 ? arguments : arguments.Select(a => new Argument(a.Name, from.Plain(a.Value))).ToArray();

    /// <summary>An instance's events in the target's types.</summary>
    public JourneyState Instance(JourneyState state) =>
        state.Trigger is null && state.Received is null ? state : state with { Trigger = Event(state.Trigger), Received = Event(state.Received) };

    private sealed record Carried(ContactProfile Source, ContactProfile Target);
}
