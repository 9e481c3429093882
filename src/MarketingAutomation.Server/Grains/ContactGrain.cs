using MarketingAutomation.Runtime;
using MarketingAutomation.Runtime.Execution;
using MarketingAutomation.Server.Contacts;
using MarketingAutomation.Server.Deployments;
using MarketingAutomation.Server.Storage;

namespace MarketingAutomation.Server.Grains;

/// <summary>
/// A contact's actor: it owns the contact's state and runs the executor on it. The state is read
/// from the store when the grain activates and written, with everything the stimulus caused, in
/// one store write before a call returns. Orleans' own grain storage is not used: the state, the
/// outbox and the timeline must commit together.
/// </summary>
public sealed class ContactGrain(IJourneyStore store, DeploymentRegistry registry, JourneyClock clock) : Grain, IContactGrain
{
    private ContactState? state;
    private Deployment? deployment;
    private bool loaded;

    /// <summary>
    /// Every event id the store holds for this contact, while this activation knows them all: it
    /// found no row when it activated (so none had been applied) and has applied each one since.
    /// Then the duplicate check needs no read. Null when the store must be asked: the contact had
    /// a row at activation, absorbed another contact's ids in a merge, or applied more than
    /// <see cref="MaxRememberedIds"/> here.
    /// </summary>
    private HashSet<string>? appliedIds;

    /// <summary>
    /// Bounds the memory a busy contact's remembered ids take (a grain stays active for minutes after
    /// its last call, and an id may be 256 characters long); beyond it, the store is asked.
    /// </summary>
    private const int MaxRememberedIds = 256;

    /// <summary>Set once this contact was merged into another: every call goes there.</summary>
    private string? mergedInto;

    /// <summary>
    /// One event's effects, reused from event to event on each thread: they become rows at once,
    /// with no await in between, so a new array for every event (or a list for every grain, most
    /// of which live for a few calls) would only feed the collector.
    /// </summary>
    [ThreadStatic]
    private static List<Effect>? effectsOfOneEvent;

    private string Id => this.GetPrimaryKeyString();

    public async Task<IReadOnlyList<EventResult>> ApplyEventsAsync(IReadOnlyList<IncomingEvent> events)
    {
        var current = await PrepareAsync();
        if (mergedInto is { } target)
        {
            return await GrainFactory.GetGrain<IContactGrain>(target).ApplyEventsAsync(events);
        }

        var now = clock.Now;
        var changes = new ContactChanges(Id, current, now);
        var results = new EventResult[events.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var applied = appliedIds ?? await store.ProcessedAmongAsync(Id, [.. events.Select(e => e.Id)], CancellationToken.None);
        for (var i = 0; i < events.Count; i++)
        {
            var incoming = events[i];
            if (!seen.Add(incoming.Id) || applied.Contains(incoming.Id))
            {
                results[i] = new EventResult { Status = EventStatus.Duplicate };
                continue;
            }

            if (!StimulusReader.TryEvent(current, incoming, out var data, out var problem) || data is null)
            {
                results[i] = new EventResult { Status = EventStatus.Rejected, Problem = problem };
                continue;
            }

            var contact = Admitted(current, now, changes);
            var effects = effectsOfOneEvent ??= [];
            effects.Clear();
            current.Executor.Apply(contact, Stimulus.Arrived(data), now, effects);
            changes.Record(effects, contact, "e:" + incoming.Id);
            changes.Processed(incoming.Id);
            results[i] = new EventResult { Status = EventStatus.Accepted };
        }

        await CommitAsync(changes);
        RememberApplied(changes.ProcessedEvents);
        return results;
    }

    public async Task<bool> UpdateProfileAsync(string fieldsJson)
    {
        var current = await PrepareAsync();
        if (mergedInto is { } target)
        {
            return await GrainFactory.GetGrain<IContactGrain>(target).UpdateProfileAsync(fieldsJson);
        }

        if (!StimulusReader.TryProfile(current, fieldsJson, out var values, out var problem))
        {
            throw new ArgumentException(problem);
        }

        var now = clock.Now;
        var changes = new ContactChanges(Id, current, now);
        var created = state is null;
        if (created)
        {
            var (admitted, effects) = current.Executor.Admit(current.Catalog.NewContact(Id, values), now);
            state = admitted;
            changes.Record(effects, admitted, "a" + Guid.NewGuid().ToString("N"));
        }
        else if (values.Count > 0 && state is { } contact)
        {
            changes.Record(current.Executor.Apply(contact, Stimulus.Changed(values), now), contact, "p" + Guid.NewGuid().ToString("N"));
        }

        await CommitAsync(changes, force: true);
        return created;
    }

    public async Task WakeAsync()
    {
        var current = await PrepareAsync();
        if (mergedInto is not null || state is not { } contact)
        {
            return;
        }

        var now = clock.Now;
        var changes = new ContactChanges(Id, current, now);
        if (Executor.NextWakeUp(contact) is { } due && due <= now)
        {
            changes.Record(current.Executor.Apply(contact, Stimulus.TimerFired, now), contact, "t" + Guid.NewGuid().ToString("N"));
        }

        // Written even when nothing was due, so a stale wake-up time in the store is corrected
        // rather than polled again and again.
        await CommitAsync(changes, force: true);
    }

    public async Task<ContactView?> GetAsync()
    {
        var current = await PrepareAsync();
        if (mergedInto is { } target)
        {
            return await GrainFactory.GetGrain<IContactGrain>(target).GetAsync();
        }

        return state is { } contact ? ContactViews.Of(contact, current) : null;
    }

    public async Task<MergeStatus> IdentifyAsync(string anonymousId)
    {
        var current = await PrepareAsync();
        if (mergedInto is { } target)
        {
            return await GrainFactory.GetGrain<IContactGrain>(target).IdentifyAsync(anonymousId);
        }

        if (string.Equals(anonymousId, Id, StringComparison.Ordinal))
        {
            return MergeStatus.SameContact;
        }

        if (await GrainFactory.GetGrain<IContactGrain>(anonymousId).SurrenderAsync(Id) is not { } surrendered)
        {
            return MergeStatus.NothingToMerge;
        }

        var origin = registry.Get(surrendered.Deployment);
        var anonymous = origin.Serializer.DeserializeContact(surrendered.State);
        if (origin != current)
        {
            anonymous = StateMigration.Migrate(anonymous, registry.BridgeTo(origin, current));
        }

        if (state is { } known)
        {
            ContactMerge.Into(known, anonymous, current.Catalog);
        }
        else
        {
            // Nobody known under this id yet: the anonymous contact simply takes the id.
            anonymous.Profile = anonymous.Profile.WithContactId(Id);
            state = anonymous;
        }

        var changes = new ContactChanges(Id, current, clock.Now);
        await CommitAsync(changes, force: true, absorbed: anonymousId);

        // The absorbed contact's event ids are this contact's now, and only the store has them.
        appliedIds = null;
        return MergeStatus.Merged;
    }

    public async Task<SurrenderedContact?> SurrenderAsync(string into)
    {
        var current = await PrepareAsync();
        if (mergedInto is not null || state is not { } contact)
        {
            return null;
        }

        var surrendered = new SurrenderedContact { Deployment = current.Number, State = current.Serializer.Serialize(contact) };
        mergedInto = into;
        state = null;
        return surrendered;
    }

    /// <summary>The contact admitted now if the runtime has not met it yet (its segments and time triggers start).</summary>
    private ContactState Admitted(Deployment current, DateTimeOffset now, ContactChanges changes)
    {
        if (state is { } contact)
        {
            return contact;
        }

        var (admitted, effects) = current.Executor.Admit(current.Catalog.NewContact(Id), now);
        state = admitted;
        changes.Record(effects, admitted, "a" + Guid.NewGuid().ToString("N"));
        return admitted;
    }

    /// <summary>Adds ids just written to the ones this activation knows, while it knows them all.</summary>
    private void RememberApplied(IReadOnlyList<string> ids)
    {
        if (appliedIds is null)
        {
            return;
        }

        if (appliedIds.Count + ids.Count > MaxRememberedIds)
        {
            appliedIds = null;
            return;
        }

        appliedIds.UnionWith(ids);
    }

    /// <summary>Loads the state on first use and brings it to the current deployment's types.</summary>
    private async Task<Deployment> PrepareAsync()
    {
        var current = registry.Current ?? throw new NothingDeployedException();
        if (!loaded)
        {
            var found = await store.FindContactAsync(Id, CancellationToken.None);
            if (found.Stored is { } row)
            {
                deployment = registry.Get(row.Deployment);
                state = deployment.Serializer.DeserializeContact(row.State);
                appliedIds = null;
            }
            else
            {
                // With no row, no event was applied to this id: its ids would be kept with its row.
                // A merged id's go with the contact it merged into, where its calls go too.
                mergedInto = found.MergedInto;
                appliedIds = mergedInto is null ? new HashSet<string>(StringComparer.Ordinal) : null;
            }

            loaded = true;
        }

        if (state is not null && deployment is not null && deployment != current)
        {
            state = StateMigration.Migrate(state, registry.BridgeTo(deployment, current));
        }

        deployment = current;
        return current;
    }

    private async Task CommitAsync(ContactChanges changes, bool force = false, string? absorbed = null)
    {
        if ((changes.IsEmpty && !force) || state is not { } contact)
        {
            return;
        }

        try
        {
            await store.WriteAsync(changes.ToWrite(contact) with { Absorbed = absorbed });
        }
        catch
        {
            // The state in memory ran ahead of the store: forget it and read it again next time.
            state = null;
            deployment = null;
            loaded = false;
            throw;
        }
    }
}
