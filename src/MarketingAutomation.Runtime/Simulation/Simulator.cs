using System.Runtime.InteropServices;
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
    private readonly WorkQueue queue = new();
    private readonly Dictionary<string, KnownContact> contacts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> idsByEmail = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<TimelineEntry> timeline = [];
    private long sequence;
    private List<Effect>? spareEffects;
    private bool running;

    /// <summary>The contact the queue's next item is for, while one is processed: its state is fetched meanwhile (see <see cref="Prefetch"/>).</summary>
    private KnownContact? upNext;

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

    public IEnumerable<ContactState> Contacts => contacts.Values.Select(known => known.State).OfType<ContactState>();

    public ContactState? Contact(string contactId) => contacts.GetValueOrDefault(contactId)?.State;

    /// <summary>A contact becomes known at <paramref name="at"/> (now when omitted).</summary>
    public void AddContact(ContactProfile profile, DateTimeOffset? at = null) =>
        Enqueue(at ?? Now, 0, new Work(Slot(profile.ContactId), null, profile));

    /// <summary>An event or a profile change for a contact at a moment; a contact not yet known is created with defaults.</summary>
    public void Schedule(DateTimeOffset at, string contactId, Stimulus stimulus)
    {
        ArgumentNullException.ThrowIfNull(stimulus);
        Enqueue(at, 0, new Work(Slot(contactId), stimulus, null));
    }

    /// <summary>Processes everything due up to and including <paramref name="end"/>, then sets the clock to it.</summary>
    public void RunUntil(DateTimeOffset end)
    {
        running = true;
        try
        {
            while (queue.TryPeek(out var key) && key.At <= end)
            {
                var work = queue.Take();
                Now = key.At > Now ? key.At : Now;
                // The next contact's record now, its state once this stimulus has run (the record
                // has arrived by then), its state's parts as that stimulus begins.
                upNext = queue.PeekContact();
                Prefetch.Object(upNext);
                Process(work, key.At);
            }
        }
        finally
        {
            running = false;
            upNext = null;
        }

        Now = end > Now ? end : Now;
    }

    /// <summary>The moment of the next queued input or timer, if any.</summary>
    public DateTimeOffset? NextDue => queue.TryPeek(out var key) ? key.At : null;

    private void Process(Work work, DateTimeOffset at)
    {
        var contact = work.Contact;
        if (work.IsTimer)
        {
            // Skip a timer whose contact's wake-up moved since it was queued.
            if (contact.Wake != at)
            {
                return;
            }

            contact.Wake = null;
            Apply(contact, contact.State!, Stimulus.TimerFired);
            return;
        }

        if (work.NewProfile is { } profile)
        {
            if (contact.State is null)
            {
                Admit(contact, profile);
            }

            return;
        }

        var state = contact.State ?? Admit(contact, Executor.Catalog.NewContact(contact.Id));
        Apply(contact, state, work.Stimulus!);
    }

    private void Apply(KnownContact contact, ContactState state, Stimulus stimulus)
    {
        // The effect list is reused from stimulus to stimulus; taken out while in use, in case an
        // OnEffect handler runs the simulator again.
        var effects = spareEffects ?? [];
        spareEffects = null;
        StimuliApplied++;
        Executor.Apply(state, stimulus, Now, effects);
        Prefetch.Object(upNext?.State);
        Publish(contact, state, effects);
        effects.Clear();
        spareEffects = effects;
    }

    private ContactState Admit(KnownContact contact, ContactProfile profile)
    {
        var (state, effects) = Executor.Admit(profile, Now);
        contact.State = state;
        Index(state);
        Publish(contact, state, effects);
        return state;
    }

    /// <summary>The simulator's record of a contact id, made on first mention (the contact is admitted later, by its first work).</summary>
    private KnownContact Slot(string contactId)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(contacts, contactId, out _);
        return slot ??= new KnownContact(contactId);
    }

    private void Publish(KnownContact contact, ContactState state, IReadOnlyList<Effect> effects)
    {
        for (var i = 0; i < effects.Count; i++)
        {
            var effect = effects[i];
            if (RecordTimeline || OnEffect is not null)
            {
                Note(new TimelineEntry(state.ContactId, effect));
            }

            if (effect.Kind == EffectKind.Emit && effect.Event is { } emitted && effect.Recipient is { } recipient)
            {
                Deliver(emitted, recipient);
            }
            else if (effect.Kind == EffectKind.SetAttribute)
            {
                Index(state);
            }
        }

        var next = Executor.NextWakeUp(state);
        if (next is { } due && contact.Wake != due)
        {
            var wake = due < Now ? Now : due;
            contact.Wake = wake;
            Enqueue(wake, 1, new Work(contact, null, null));
        }
    }

    private void Deliver(EventData @event, string recipient)
    {
        var id = contacts.GetValueOrDefault(recipient)?.State is not null ? recipient : idsByEmail.GetValueOrDefault(recipient);
        if (id is null)
        {
            Note(new TimelineEntry(recipient, new Effect(EffectKind.Failed, Now, null)
            {
                Name = @event.EventName,
                Detail = "emitted event not delivered: no contact " + recipient,
            }));
            return;
        }

        Schedule(Now, id, Stimulus.Arrived(@event.At(Now)));
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

    /// <summary>Queues work: while running (timers, delivered events) to the queue's heap, else to be sorted in (see <see cref="WorkQueue"/>).</summary>
    private void Enqueue(DateTimeOffset at, int phase, Work work)
    {
        var key = new WorkKey(at, phase, sequence++);
        if (running)
        {
            queue.Add(key, work);
        }
        else
        {
            queue.AddAhead(key, work);
        }
    }
}
