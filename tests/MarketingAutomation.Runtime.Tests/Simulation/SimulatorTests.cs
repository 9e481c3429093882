using MarketingAutomation.Runtime.Execution;
using MarketingAutomation.Runtime.Tests.Infrastructure;
using static MarketingAutomation.Runtime.Tests.Infrastructure.Run;

namespace MarketingAutomation.Runtime.Tests.Simulation;

/// <summary>
/// When the simulator meets a contact: work queued for a contact id makes no contact before its
/// time comes, and the first work that comes due (an added profile or an event) admits it. And
/// the queue: many contacts' work, due together, leaves each contact's timeline as it is alone.
/// </summary>
public sealed class SimulatorTests
{
    private const string Script = Workspaces.Schema + """
        event ping
        journey pinger {
          when signed_up
          emit ping to "late"
        }

        journey greeter {
          when ping
          tag "pinged"
        }
        """;

    [Fact]
    public void A_contact_added_for_later_is_not_known_before_then()
    {
        var run = new Run(Script);
        var late = run.Catalog.NewContact("late", new Dictionary<string, object?> { ["email"] = "late@example.com" });
        run.Simulator.AddContact(late, T0 + D(2));
        run.Contact("early").Event(H(1), "early", "signed_up", ("source", "web")).Until(D(1));

        Assert.Null(run.Simulator.Contact("late"));
        Assert.Equal(["early"], run.Simulator.Contacts.Select(c => c.ContactId));
        Assert.Contains(run.Effects("late", EffectKind.Failed), e => e.Detail!.EndsWith("no contact late", StringComparison.Ordinal));

        run.Until(D(3));
        Assert.Same(late, run.Simulator.Contact("late")!.Profile);
        Assert.False(run.Simulator.Contact("late")!.Tags.Contains("pinged"));
    }

    [Fact]
    public void An_event_before_the_contact_is_added_makes_a_default_contact_and_the_later_profile_is_ignored()
    {
        var run = new Run(Script);
        var profile = run.Catalog.NewContact("late", new Dictionary<string, object?> { ["email"] = "late@example.com", ["first_name"] = "Lena" });
        run.Simulator.AddContact(profile, T0 + D(2));
        run.Event(H(1), "late", "ping").Until(D(1));

        var state = run.Simulator.Contact("late");
        Assert.NotNull(state);
        Assert.True(state.Tags.Contains("pinged"));
        var defaults = state.Profile;

        run.Until(D(3));
        Assert.Same(defaults, run.Simulator.Contact("late")!.Profile);
        Assert.NotSame(profile, defaults);
    }

    private const string Waits = Workspaces.Schema + """
        journey reminders {
          when signed_up
          wait 2h
          tag "first"
          wait until 09:00 local
          tag "second"
          wait 1d
          tag "third"
        }
        """;

    private static readonly string[] TimeZones = ["Europe/Warsaw", "America/New_York", "Asia/Kolkata", "Pacific/Chatham", "UTC"];

    [Fact]
    public void Timers_of_many_contacts_fire_as_each_contacts_own_would_alone()
    {
        // 300 contacts in five zones sign up at random moments, many at the same one, so hundreds of
        // timers are queued at once and some share an instant. Each contact's timeline must be what
        // the contact gets in a simulator of its own (where the queue holds one timer at a time),
        // and the whole timeline must run in time order. Moments are compared as instants: the
        // clock keeps the offset of the first work that reached an instant, whoever's it was.
        var random = new Random(11);
        var signups = Enumerable.Range(0, 300)
            .Select(i => (Id: "c" + i, Zone: TimeZones[i % TimeZones.Length], At: TimeSpan.FromMinutes(random.Next(0, 8) * 45)))
            .ToList();

        var crowd = new Run(Waits);
        foreach (var (id, zone, at) in signups)
        {
            crowd.Contact(id, ("timezone", zone)).Event(at, id, "signed_up", ("source", "web"));
        }

        crowd.Until(D(5));
        var instants = crowd.Simulator.Timeline.Select(entry => entry.Effect.At.UtcTicks).ToList();
        Assert.Equal(instants.Order(), instants);

        // Timers due at one instant fire in the order they were queued: two hours after signing up,
        // so in the order of the sign-ups (a stable sort keeps the list's order within a moment).
        var firstTags = crowd.Simulator.Timeline.Where(entry => entry.Effect is { Kind: EffectKind.Tag, Name: "first" }).Select(entry => entry.ContactId);
        Assert.Equal(signups.OrderBy(signup => signup.At).Select(signup => signup.Id), firstTags);

        foreach (var (id, zone, at) in signups)
        {
            var alone = new Run(Waits).Contact(id, ("timezone", zone)).Event(at, id, "signed_up", ("source", "web")).Until(D(5));
            Assert.Equal(Printed(alone, id), Printed(crowd, id));
            Assert.Equal(3, alone.Effects(id, EffectKind.Tag).Count());
        }
    }

    [Fact]
    public void An_event_emitted_to_a_contact_already_met_is_delivered()
    {
        var run = new Run(Script);
        run.Contact("late").Contact("early").Event(H(1), "early", "signed_up", ("source", "web")).Until(D(1));

        Assert.True(run.Simulator.Contact("late")!.Tags.Contains("pinged"));
        Assert.Empty(run.Effects("late", EffectKind.Failed));
    }

    private static List<string> Printed(Run run, string contact) =>
        run.Simulator.Timeline.Where(entry => entry.ContactId == contact)
            .Select(entry => $"{entry.Effect.At.UtcDateTime:O} {entry.Effect.Kind} {entry.Effect.Journey} {entry.Effect.Name}")
            .ToList();
}
