using System.Runtime.InteropServices;

namespace MarketingAutomation.Runtime.Execution;

/// <summary>Running journey instances: goals, exits, waits, and the runs of their steps.</summary>
internal sealed partial class StimulusPass
{
    /// <summary>How many zero-length waits in a row one instance may pass in one stimulus.</summary>
    private const int MaxImmediateResumes = 100;

    private readonly List<string> running = [];

    private void AdvanceOnEvent(EventData @event, Stimulus stimulus)
    {
        LateGoals(@event);
        foreach (var name in RunningJourneys())
        {
            if (Find(name) is not { } instance || executor.CodeFor(instance) is not { } code)
            {
                continue;
            }

            if (GoalOrLeave(instance, code, @event))
            {
                continue;
            }

            if (instance.Wait is { Kind: WaitKind.Event })
            {
                RunSteps(instance, code, null, stimulus);
            }
        }
    }

    private void AdvanceOnTimer()
    {
        if (!AnyWaitDue())
        {
            return;
        }

        foreach (var name in RunningJourneys())
        {
            for (var i = 0; i < MaxImmediateResumes; i++)
            {
                if (Find(name) is not { Wait: { } wait } instance || wait.Due > Now || executor.CodeFor(instance) is not { } code)
                {
                    break;
                }

                if (GoalOrLeave(instance, code, null))
                {
                    break;
                }

                RunSteps(instance, code, null, Stimulus.TimerFired);
            }
        }
    }

    /// <summary>
    /// Whether any instance's wait is due: one walk over the instances, without copying them or
    /// their names, for the many timers that wake a contact for something else (a time trigger, a
    /// held message).
    /// </summary>
    private bool AnyWaitDue()
    {
        foreach (ref readonly var instance in CollectionsMarshal.AsSpan(state.Instances))
        {
            if (instance.Wait is { } wait && wait.Due <= Now)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Goals and `leave when` criteria that are conditions: checked again whenever the contact's data changed.</summary>
    private void CheckConditions()
    {
        LateGoals(null);
        foreach (var name in RunningJourneys())
        {
            if (Find(name) is { } instance && executor.CodeFor(instance) is { } code)
            {
                GoalOrLeave(instance, code, null);
            }
        }
    }

    /// <summary>Ends the instance if the stimulus reaches its goal (inside the window) or meets a `leave when`.</summary>
    private bool GoalOrLeave(JourneyState instance, CompiledJourney code, EventData? @event)
    {
        try
        {
            if (code.IsGoal(@event, instance, context) && InGoalWindow(instance, code))
            {
                Record(new Effect(EffectKind.GoalReached, Now, instance.Journey) { Name = @event?.EventName, Amount = Revenue(@event), Detail = instance.InHoldout ? "holdout" : null });
                End(instance, EffectKind.Exited, "goal reached");
                return true;
            }

            if (code.ShouldLeave(@event, instance, context))
            {
                End(instance, EffectKind.Exited, "leave when " + (@event is null ? "condition" : @event.EventName));
                return true;
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Fail(instance.Journey, e);
            return true;
        }

        return false;
    }

    /// <summary>Goals reached after a journey's last step, inside its window: counted, once.</summary>
    private void LateGoals(EventData? @event)
    {
        for (var i = state.Converting.Length - 1; i >= 0; i--)
        {
            var finished = state.Converting[i];
            if (executor.CodeFor(finished) is not { } code || !InGoalWindow(finished, code))
            {
                state.Converting = state.Converting.RemoveAt(i);
                continue;
            }

            bool reached;
            try
            {
                reached = code.IsGoal(@event, finished, context);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                state.Converting = state.Converting.RemoveAt(i);
                Record(new Effect(EffectKind.Failed, Now, finished.Journey) { Detail = "goal: " + e.Message });
                continue;
            }

            if (reached)
            {
                state.Converting = state.Converting.RemoveAt(i);
                Record(new Effect(EffectKind.GoalReached, Now, finished.Journey) { Name = @event?.EventName, Amount = Revenue(@event), Detail = "after the last step" + (finished.InHoldout ? ", holdout" : string.Empty) });
            }
        }
    }

    private bool InGoalWindow(JourneyState instance, CompiledJourney code) =>
        code.Info.GoalWindow is not { } window || Now - instance.EnteredAt <= window;

    /// <summary>
    /// Runs steps and files the instance's new state: a start (no <paramref name="before"/>, with the
    /// triggering event if any) or a resume of <paramref name="before"/> by <paramref name="stimulus"/>.
    /// Returns the state the steps left (null when they failed).
    /// </summary>
    private JourneyState? RunSteps(JourneyState? before, CompiledJourney code, EventData? trigger, Stimulus? stimulus)
    {
        var name = code.Info.Name;
        sink.Begin(name);
        JourneyState after;
        File = code.Info.SourceFile;
        try
        {
            after = before is { } waiting ? code.Resume(waiting, stimulus!, context, sink) : code.Start(trigger, context, sink);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Fail(name, e);
            return null;
        }
        finally
        {
            Line = 0;
        }

        if (sink.Exited || after.Status == JourneyStatus.Exited)
        {
            End(after, EffectKind.Exited, "exit");
        }
        else if (after.Status != JourneyStatus.Active)
        {
            Remove(name);
            Record(new Effect(EffectKind.Completed, Now, name));
            if (code.Info.GoalWindow is { } window && Now - after.EnteredAt <= window)
            {
                state.Converting = state.Converting.Add(after);
            }
        }
        else
        {
            Put(after);
        }

        return after;
    }

    private void End(JourneyState instance, EffectKind kind, string reason)
    {
        Remove(instance.Journey);
        DropHeld(instance.Journey, "left the journey: " + reason);
        Record(new Effect(kind, Now, instance.Journey) { Detail = reason });
    }

    private void Fail(string journey, Exception e)
    {
        Remove(journey);
        DropHeld(journey, "the journey failed");
        var why = e is NullReferenceException
            ? "a step read `event`, but this instance started without one (through `start journey`)"
            : e.GetType().Name + ": " + e.Message;
        Record(new Effect(EffectKind.Failed, Now, journey) { Detail = why });
    }

    /// <summary>The revenue of a goal event: its first money field.</summary>
    private decimal? Revenue(EventData? @event)
    {
        if (@event is null || !Catalog.EventFields.TryGetValue(@event.EventName, out var fields))
        {
            return null;
        }

        foreach (var field in fields)
        {
            if (field.Kind == FieldKind.Money)
            {
                return Catalog.ReadEventField(@event, field.Name) as decimal?;
            }
        }

        return null;
    }

    /// <summary>
    /// A snapshot of the running journeys' names: runs may start or end instances while we walk them.
    /// The list is the pass's own, reused: the walks that take it never nest (if one ever did, the
    /// outer walk's enumerator would throw rather than skip anything).
    /// </summary>
    private List<string> RunningJourneys()
    {
        running.Clear();
        foreach (ref readonly var instance in CollectionsMarshal.AsSpan(state.Instances))
        {
            running.Add(instance.Journey);
        }

        return running;
    }

    private JourneyState? Find(string journey) => IndexOf(journey) is var at and >= 0 ? state.Instances[at] : null;

    /// <summary>Where the contact's running instance of the journey is, or -1 (read in place: instances are values of about a hundred bytes).</summary>
    private int IndexOf(string journey)
    {
        var instances = CollectionsMarshal.AsSpan(state.Instances);
        for (var i = 0; i < instances.Length; i++)
        {
            if (instances[i].Journey == journey)
            {
                return i;
            }
        }

        return -1;
    }

    private void Put(JourneyState instance)
    {
        if (IndexOf(instance.Journey) is var at and >= 0)
        {
            state.Instances[at] = instance;
            return;
        }

        ValueLists.AddGrowingByOne(state.Instances, instance);
    }

    private void Remove(string journey)
    {
        if (IndexOf(journey) is var at and >= 0)
        {
            state.Instances.RemoveAt(at);
        }
    }
}
