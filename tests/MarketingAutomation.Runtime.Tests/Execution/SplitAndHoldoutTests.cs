using MarketingAutomation.Runtime.Execution;
using MarketingAutomation.Runtime.Tests.Infrastructure;
using static MarketingAutomation.Runtime.Tests.Infrastructure.Run;

namespace MarketingAutomation.Runtime.Tests.Execution;

/// <summary>`split` and `holdout`: stable per contact, and close to their weights over many contacts.</summary>
public sealed class SplitAndHoldoutTests
{
    private const string Script = Workspaces.Schema + """
        template email a_mail { subject "Hi" body "A" }
        template email b_mail { subject "Hi" body "B" }
        template email c_mail { subject "Hi" body "C" }
        journey experiment {
          when signed_up
          holdout 10%
          split "three ways" {
            a 20% { send email a_mail }
            b 30% { send email b_mail }
            c 50% { send email c_mail }
          }
        }
        """;

    [Fact]
    public void Arms_and_holdout_land_within_one_point_of_their_weights_over_100000_contacts()
    {
        var catalog = Workspaces.Compile(Script);
        var executor = new Executor(catalog);
        var counts = new Dictionary<string, int>();
        var holdout = 0;
        const int Contacts = 100_000;
        for (var i = 0; i < Contacts; i++)
        {
            var (state, _) = executor.Admit(catalog.NewContact("c" + i, new Dictionary<string, object?> { ["email"] = $"c{i}@example.com" }), T0);
            var effects = executor.Apply(state, Stimulus.Arrived(catalog.NewEvent("signed_up", T0, new Dictionary<string, object?> { ["source"] = "web" })), T0);
            if (effects.Any(e => e.Kind == EffectKind.Entered && e.Detail!.Contains("holdout", StringComparison.Ordinal)))
            {
                holdout++;
                Assert.DoesNotContain(effects, e => e.Kind == EffectKind.Send);
            }

            var arm = effects.Single(e => e.Kind == EffectKind.SplitAssigned).Detail!;
            counts[arm] = counts.GetValueOrDefault(arm) + 1;
        }

        Assert.InRange(holdout * 100.0 / Contacts, 9, 11);
        Assert.InRange(counts["a"] * 100.0 / Contacts, 19, 21);
        Assert.InRange(counts["b"] * 100.0 / Contacts, 29, 31);
        Assert.InRange(counts["c"] * 100.0 / Contacts, 49, 51);
    }

    [Fact]
    public void The_same_contact_always_lands_in_the_same_arm()
    {
        string Arm(string contact)
        {
            var run = new Run(Script).Contact(contact).Event(H(0), contact, "signed_up", ("source", "web")).Until(H(1));
            return run.Effects(contact, EffectKind.SplitAssigned).Single().Detail!;
        }

        foreach (var contact in new[] { "ala", "ola", "jan", "kasia", "tomas" })
        {
            Assert.Equal(Arm(contact), Arm(contact));
        }
    }
}
