using MarketingAutomation.Compiler.Tests.Infrastructure;
using MarketingAutomation.Runtime;

namespace MarketingAutomation.Compiler.Tests;

/// <summary>Runs compiled journeys' state machines directly on typed contacts and events, with a fake context.</summary>
public sealed class JourneyBehaviourTests
{
    private const string Script = """
        contact {
          email: email
          plan: enum(free, pro) = free
          value: money = 0
        }
        event signed_up { source: text }
        event order_placed { total: money }
        template email hello { subject "Hi" body "Hello" }
        template email engaged { subject "Hi" body "Engaged" }
        template email other { subject "Hi" body "Other {{ total }}" }
        journey welcome {
          when signed_up where event.source == "web"
          leave when contact.plan == pro
          goal order_placed where event.total > 100
          send email hello
          wait 2d
          if opened(hello) {
            send email engaged
          } else {
            split "test" {
              a 30% { send email other with { total: 1 } }
              b 70% { exit }
            }
          }
          wait for order_placed where event.total > 10 up to 5d {
            received { set contact.value = event.total }
            timeout { tag "no_order" }
          }
        }
        """;

    private static readonly Lazy<JourneyCatalog> Catalog = new(() => Builds.Load(Builds.FromText(("w.journey", Script))));

    private static (CompiledJourney Journey, FakeContext Context, RecordingEffects Effects) Setup()
    {
        var catalog = Catalog.Value;
        var contact = catalog.NewContact("c1");
        return (catalog.Journeys.Single(), new FakeContext(contact), new RecordingEffects());
    }

    private static EventData Event(string name, params (string Property, object Value)[] values)
    {
        var type = Catalog.Value.EventTypes[name];
        var instance = (EventData)(Activator.CreateInstance(type) ?? throw new InvalidOperationException());
        foreach (var (property, value) in values)
        {
            type.GetProperty(property)?.SetValue(instance, value);
        }

        return instance;
    }

    [Fact]
    public void A_sales_notice_carries_the_event_fields_its_text_reads_and_no_others()
    {
        var catalog = Builds.Load(Builds.FromText(("n.journey", """
            contact {
              email: email
              first_name: text = "friend"
            }
            event order_placed { total: money  coupon: text }
            journey big_order {
              when order_placed
              notify sales "Order of {{ event.total }} from {{ contact.first_name }}"
            }
            """)));
        var type = catalog.EventTypes["order_placed"];
        var order = (EventData)(Activator.CreateInstance(type) ?? throw new InvalidOperationException());
        type.GetProperty("Total")?.SetValue(order, 250m);
        type.GetProperty("Coupon")?.SetValue(order, "VIP");
        var effects = new RecordingEffects();

        catalog.Journeys.Single().Start(order, new FakeContext(catalog.NewContact("c1")), effects);

        Assert.Equal(["notify Order of {{ event.total }} from {{ contact.first_name }} event.total=250"], effects.Log);
    }

    [Fact]
    public void Trigger_filter_reads_the_typed_event()
    {
        var (journey, context, _) = Setup();
        Assert.True(journey.TriggerMatches(Event("signed_up", ("Source", "web")), context));
        Assert.False(journey.TriggerMatches(Event("signed_up", ("Source", "app")), context));
        Assert.False(journey.TriggerMatches(Event("order_placed"), context));
    }

    [Fact]
    public void Enter_sends_then_waits_and_an_early_timer_does_nothing()
    {
        var (journey, context, effects) = Setup();
        var state = journey.Start(Event("signed_up", ("Source", "web")), context, effects);
        Assert.Equal(["send Email hello"], effects.Log);
        Assert.Equal(WaitKind.Timer, state.Wait?.Kind);
        Assert.Equal(context.Now.AddDays(2), state.Wait?.Due);

        context.Now = context.Now.AddDays(1);
        Assert.Equal(state, journey.Resume(state, Stimulus.TimerFired, context, effects));
        Assert.Equal(["send Email hello"], effects.Log);
    }

    [Fact]
    public void Opened_branch_then_wait_for_received_sets_the_attribute()
    {
        var (journey, context, effects) = Setup();
        var state = journey.Start(Event("signed_up", ("Source", "web")), context, effects);
        context.OpenedTemplates.Add("hello");
        context.Now = context.Now.AddDays(2);
        state = journey.Resume(state, Stimulus.TimerFired, context, effects);
        Assert.Equal(WaitKind.Event, state.Wait?.Kind);

        // A small order does not pass the wait's filter; a bigger one does.
        Assert.Equal(state, journey.Resume(state, Stimulus.Arrived(Event("order_placed", ("Total", 5m))), context, effects));
        state = journey.Resume(state, Stimulus.Arrived(Event("order_placed", ("Total", 50m))), context, effects);
        Assert.Equal(JourneyStatus.Completed, state.Status);
        Assert.Equal(["send Email hello", "send Email engaged", "set value=50"], effects.Log);
    }

    [Fact]
    public void Else_branch_split_arm_a_then_wait_for_times_out()
    {
        var (journey, context, effects) = Setup();
        context.NextDraw = 0.2;
        var state = journey.Start(Event("signed_up", ("Source", "web")), context, effects);
        context.Now = context.Now.AddDays(2);
        state = journey.Resume(state, Stimulus.TimerFired, context, effects);
        context.Now = context.Now.AddDays(5);
        state = journey.Resume(state, Stimulus.TimerFired, context, effects);
        Assert.Equal(["send Email hello", "split test=a", "send Email other total=1", "tag no_order"], effects.Log);
        Assert.Equal(JourneyStatus.Completed, state.Status);
    }

    [Fact]
    public void Split_arm_b_exits()
    {
        var (journey, context, effects) = Setup();
        context.NextDraw = 0.9;
        var state = journey.Start(Event("signed_up", ("Source", "web")), context, effects);
        context.Now = context.Now.AddDays(2);
        state = journey.Resume(state, Stimulus.TimerFired, context, effects);
        Assert.Equal(JourneyStatus.Exited, state.Status);
        Assert.Equal(["send Email hello", "split test=b", "exit"], effects.Log);
    }

    [Fact]
    public void Goal_and_leave_conditions_read_typed_data()
    {
        var (journey, context, _) = Setup();
        var state = journey.Start(Event("signed_up", ("Source", "web")), context, new RecordingEffects());
        Assert.True(journey.IsGoal(Event("order_placed", ("Total", 150m)), state, context));
        Assert.False(journey.IsGoal(Event("order_placed", ("Total", 50m)), state, context));
        Assert.False(journey.ShouldLeave(null, state, context));
        var pro = Enum.Parse(Catalog.Value.ContactType.GetProperty("Plan")?.PropertyType ?? typeof(int), "Pro");
        var profile = context.Profile;
        Catalog.Value.ContactType.GetProperty("Plan")?.SetValue(profile, pro);
        Assert.True(journey.ShouldLeave(null, state, context));
    }
}
