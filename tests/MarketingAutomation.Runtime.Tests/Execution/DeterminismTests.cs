using MarketingAutomation.Runtime.Execution;
using MarketingAutomation.Runtime.Tests.Infrastructure;
using static MarketingAutomation.Runtime.Tests.Infrastructure.Run;

namespace MarketingAutomation.Runtime.Tests.Execution;

/// <summary>Same inputs, same outputs; stored state resumes exactly where it stopped.</summary>
public sealed class DeterminismTests
{
    private const string Script = Workspaces.Schema + """
        score interest { on page_viewed +1 }
        template email hello { subject "Hi" body "Hello {{ x }}" }
        template email later { subject "Hi" body "Later" }
        journey flow {
          when signed_up
          send email hello with { x: contact.plan }
          wait for order_placed up to 3d {
            received { tag "buyer" }
            timeout { send email later }
          }
        }
        """;

    private static List<string> Replay()
    {
        var run = new Run(Script).Contact("a", ("plan", "pro")).Contact("b")
            .Event(H(0), "a", "signed_up", ("source", "web"))
            .Event(H(0), "b", "signed_up", ("source", "web"))
            .Event(H(3), "b", "page_viewed", ("path", "/"))
            .Event(D(1), "a", "order_placed", ("total", 20m))
            .Until(D(5));
        return run.Simulator.Timeline.Select(e => $"{e.ContactId} {e.Effect}").ToList();
    }

    [Fact]
    public void Two_replays_of_the_same_inputs_give_the_same_timeline() => Assert.Equal(Replay(), Replay());

    [Fact]
    public void A_stored_and_restored_contact_resumes_as_if_it_had_never_slept()
    {
        var catalog = Workspaces.Compile(Script);
        var executor = new Executor(catalog);
        var serializer = new StateSerializer(catalog);
        var (state, _) = executor.Admit(catalog.NewContact("a", new Dictionary<string, object?> { ["email"] = "a@example.com", ["plan"] = "pro" }), T0);
        executor.Apply(state, Stimulus.Arrived(catalog.NewEvent("signed_up", T0, new Dictionary<string, object?> { ["source"] = "web" })), T0);
        executor.Apply(state, Stimulus.Arrived(catalog.NewEvent("page_viewed", T0 + H(1), new Dictionary<string, object?> { ["path"] = "/" })), T0 + H(1));

        var bytes = serializer.Serialize(state);
        var restored = serializer.DeserializeContact(bytes);
        Assert.Equal(bytes, serializer.Serialize(restored));

        var due = Executor.NextWakeUp(restored)!.Value;
        Assert.Equal(T0 + D(3), due);
        var original = executor.Apply(state, Stimulus.TimerFired, due).Select(e => e.ToString());
        var resumed = executor.Apply(restored, Stimulus.TimerFired, due).Select(e => e.ToString());
        Assert.Equal(original, resumed);
        Assert.Contains(resumed, e => e.Contains("later", StringComparison.Ordinal));
    }

    [Fact]
    public void A_waiting_instance_serialises_small()
    {
        var catalog = Workspaces.Compile(Script);
        var executor = new Executor(catalog);
        var (state, _) = executor.Admit(catalog.NewContact("a", new Dictionary<string, object?> { ["email"] = "a@example.com" }), T0);
        executor.Apply(state, Stimulus.Arrived(catalog.NewEvent("signed_up", T0, new Dictionary<string, object?> { ["source"] = "web" })), T0);
        var instance = Assert.Single(state.Instances);
        var serializer = new StateSerializer(catalog);
        var bytes = serializer.Serialize(instance);
        Assert.InRange(bytes.Length, 1, 511);

        // Events compare by reference, so the trigger is compared by its fields.
        var restored = serializer.DeserializeInstance(bytes);
        Assert.Equal(instance with { Trigger = null }, restored with { Trigger = null });
        Assert.Equal(instance.Trigger!.OccurredAt, restored.Trigger!.OccurredAt);
        Assert.Equal("web", catalog.ReadEventField(restored.Trigger, "source"));
        Assert.Equal(bytes, serializer.Serialize(restored));
    }

    [Fact]
    public void A_state_written_after_larger_ones_holds_nothing_of_them()
    {
        // Writing reuses a buffer per thread; a state must come out the same as on a fresh thread.
        var catalog = Workspaces.Compile(Script);
        var executor = new Executor(catalog);
        var serializer = new StateSerializer(catalog);
        ContactState Contact(string id) =>
            executor.Admit(catalog.NewContact(id, new Dictionary<string, object?> { ["email"] = "a@example.com", ["plan"] = "pro" }), T0).State;
        byte[]? alone = null;
        var fresh = new Thread(() => alone = serializer.Serialize(Contact("a")));
        fresh.Start();
        fresh.Join();

        foreach (var larger in new[] { 10_000, 400_000 })
        {
            Assert.True(serializer.Serialize(Contact(new string('x', larger))).Length > larger);
            var small = serializer.Serialize(Contact("a"));

            Assert.Equal(alone, small);
            Assert.Equal(small, serializer.Serialize(serializer.DeserializeContact(small)));
        }
    }
}
