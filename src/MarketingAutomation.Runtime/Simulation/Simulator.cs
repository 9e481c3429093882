using MarketingAutomation.Runtime.Execution;

namespace MarketingAutomation.Runtime.Simulation;

/// <summary>
/// Runs a compiled workspace for many contacts on a virtual clock: inputs (new contacts, events,
/// profile changes) and the contacts' own timers are processed in time order, through the
/// <see cref="Executor"/>. At one moment, inputs go before timers (an order placed at the moment a
/// reminder is due stops the reminder), and inputs keep the order they were scheduled in.
/// Emitted events (`emit ... to`) are delivered to the recipient, found by contact id or email.
/// </summary>
public sealed class Simulator
{
    private readonly PriorityQueue<Work, (DateTimeOffset At, int Phase, long Sequence)> queue = new();
    private readonly Dictionary<string, ContactState> contacts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> scheduledWake = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> idsByEmail = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<TimelineEntry> timeline = [];
    private long sequence;

    public Simulator(JourneyCatalog catalog, DateTimeOffset start, ExecutorOptions? options = null)
    {
        Executor = new Executor(catalog, options);
        Now = start;
    }

    public Executor Executor { get; }

    public DateTimeOffset Now { get; private set; }

    /// <summary>Every effect so far, in order. Disable with <see cref="RecordTimeline"/> for long runs.</summary>
    public IReadOnlyList<TimelineEntry> Timeline => timeline;

    public bool RecordTimeline { get; set; } = true;

    /// <summary>Called for every effect as it happens (for streaming output and counters).</summary>
    public Action<TimelineEntry>? OnEffect { get; set; }

    /// <summary>How many stimuli (events, profile changes, timers) the executor has applied.</summary>
    public long StimuliApplied { get; private set; }

    public IEnumerable<ContactState> Contacts => contacts.Values;

    public ContactState? Contact(string contactId) => contacts.GetValueOrDefault(contactId);

    /// <summary>A contact becomes known at <paramref name="at"/> (now when omitted).</summary>
    public void AddContact(ContactProfile profile, DateTimeOffset? at = null) =>
        Enqueue(at ?? Now, 0, new Work(profile.ContactId, null, profile));

    /// <summary>An event or a profile change for a contact at a moment; a contact not yet known is created with defaults.</summary>
    public void Schedule(DateTimeOffset at, string contactId, Stimulus stimulus) =>
        Enqueue(at, 0, new Work(contactId, stimulus, null));

    /// <summary>Processes everything due up to and including <paramref name="end"/>, then sets the clock to it.</summary>
    public void RunUntil(DateTimeOffset end)
    {
        while (queue.TryPeek(out _, out var key) && key.At <= end)
        {
            var work = queue.Dequeue();
            Now = key.At > Now ? key.At : Now;
            Process(work, key.At);
        }

        Now = end > Now ? end : Now;
    }

    /// <summary>The moment of the next queued input or timer, if any.</summary>
    public DateTimeOffset? NextDue => queue.TryPeek(out _, out var key) ? key.At : null;

    private void Process(Work work, DateTimeOffset at)
    {
        if (work.NewProfile is { } profile)
        {
            if (contacts.ContainsKey(profile.ContactId))
            {
                return;
            }

            var (state, effects) = Executor.Admit(profile, Now);
            contacts[profile.ContactId] = state;
            Index(state);
            Publish(state, effects);
            return;
        }

        if (!contacts.TryGetValue(work.ContactId, out var contact))
        {
            if (work.Stimulus is null)
            {
                return;
            }

            var (state, effects) = Executor.Admit(Executor.Catalog.NewContact(work.ContactId), Now);
            contacts[work.ContactId] = contact = state;
            Index(state);
            Publish(state, effects);
        }

        if (work.Stimulus is null)
        {
            // A timer: skip it if the contact's wake-up moved since it was queued.
            if (!scheduledWake.TryGetValue(work.ContactId, out var wake) || wake != at)
            {
                return;
            }

            scheduledWake.Remove(work.ContactId);
        }

        StimuliApplied++;
        Publish(contact, Executor.Apply(contact, work.Stimulus ?? Stimulus.TimerFired, Now));
    }

    private void Publish(ContactState contact, IReadOnlyList<Effect> effects)
    {
        foreach (var effect in effects)
        {
            Note(new TimelineEntry(contact.ContactId, effect));
            if (effect.Kind == EffectKind.Emit && effect.Event is { } emitted && effect.Recipient is { } recipient)
            {
                Deliver(emitted, recipient);
            }
            else if (effect.Kind == EffectKind.SetAttribute)
            {
                Index(contact);
            }
        }

        var next = Executor.NextWakeUp(contact);
        if (next is { } due && (!scheduledWake.TryGetValue(contact.ContactId, out var queued) || queued != due))
        {
            scheduledWake[contact.ContactId] = due < Now ? Now : due;
            Enqueue(scheduledWake[contact.ContactId], 1, new Work(contact.ContactId, null, null));
        }
    }

    private void Deliver(EventData @event, string recipient)
    {
        var id = contacts.ContainsKey(recipient) ? recipient : idsByEmail.GetValueOrDefault(recipient);
        if (id is null)
        {
            Note(new TimelineEntry(recipient, new Effect(EffectKind.Failed, Now, null)
            {
                Name = @event.EventName,
                Detail = "emitted event not delivered: no contact " + recipient,
            }));
            return;
        }

        Schedule(Now, id, Stimulus.Arrived(@event with { OccurredAt = Now }));
    }

    private void Note(TimelineEntry entry)
    {
        if (RecordTimeline)
        {
            timeline.Add(entry);
        }

        OnEffect?.Invoke(entry);
    }

    private void Index(ContactState contact)
    {
        if (Executor.Schema.Email(contact.Profile) is { Length: > 0 } email)
        {
            idsByEmail[email] = contact.ContactId;
        }
    }

    private void Enqueue(DateTimeOffset at, int phase, Work work) => queue.Enqueue(work, (at, phase, sequence++));

    /// <summary>Queued work: a new contact (profile set), an input (stimulus set) or a timer (neither).</summary>
    private sealed record Work(string ContactId, Stimulus? Stimulus, ContactProfile? NewProfile);
}
