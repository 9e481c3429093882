using MarketingAutomation.Runtime.Execution;
using MarketingAutomation.Runtime.Tests.Infrastructure;
using static MarketingAutomation.Runtime.Tests.Infrastructure.Run;

namespace MarketingAutomation.Runtime.Tests.Simulation;

/// <summary>
/// When the simulator meets a contact: work queued for a contact id makes no contact before its
/// time comes, and the first work that comes due (an added profile or an event) admits it.
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

    [Fact]
    public void An_event_emitted_to_a_contact_already_met_is_delivered()
    {
        var run = new Run(Script);
        run.Contact("late").Contact("early").Event(H(1), "early", "signed_up", ("source", "web")).Until(D(1));

        Assert.True(run.Simulator.Contact("late")!.Tags.Contains("pinged"));
        Assert.Empty(run.Effects("late", EffectKind.Failed));
    }
}
