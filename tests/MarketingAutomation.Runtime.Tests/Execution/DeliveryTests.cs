using MarketingAutomation.Runtime.Execution;
using MarketingAutomation.Runtime.Tests.Infrastructure;
using static MarketingAutomation.Runtime.Tests.Infrastructure.Run;

namespace MarketingAutomation.Runtime.Tests.Execution;

/// <summary>`at best time`, `send preferred`, `emit ... to` and `start journey`.</summary>
public sealed class DeliveryTests
{
    private const string Script = Workspaces.Schema + """
        event referred { friend: text }
        template email digest { subject "Hi" body "Digest" }
        template email pick_mail { subject "Hi" body "Mail" }
        template sms pick_sms "Text"
        template email thanks { subject "Hi" body "Thanks" }
        template email onboarding_mail { subject "Hi" body "Onboarding" }
        journey best {
          when page_viewed
          send email digest at best time
        }
        journey prefer {
          when signed_up
          send preferred {
            email pick_mail
            sms pick_sms
          }
        }
        journey refer {
          when order_placed
          emit referred { friend: contact.first_name } to "b@example.com"
          start journey onboarding
        }
        journey thank_referrer {
          when referred
          send email thanks
        }
        journey onboarding {
          send email onboarding_mail
        }
        """;

    [Fact]
    public void At_best_time_waits_for_the_hour_the_contact_usually_engages()
    {
        var run = new Run(Script).Contact("a");
        foreach (var day in new[] { 0, 1, 2 })
        {
            run.Event(Local(2026, 3, 2 + day, 19, 15) - T0, "a", "email.opened", ("template", "digest"));
        }

        run.Event(D(3) + H(1), "a", "page_viewed", ("path", "/")).Until(D(5));
        Assert.Equal([Local(2026, 3, 5, 19) - T0], run.Sends("a", "digest"));
    }

    [Fact]
    public void At_best_time_without_history_sends_now()
    {
        var run = new Run(Script).Contact("a").Event(H(1), "a", "page_viewed", ("path", "/")).Until(D(1));
        Assert.Equal([H(1)], run.Sends("a", "digest"));
    }

    [Fact]
    public void Send_preferred_picks_the_reachable_channel_the_contact_engages_with()
    {
        var run = new Run(Script)
            .Contact("texter", ("phone", "+48600100200"))
            .Contact("reader", ("phone", "+48600100201"))
            .Contact("no_phone")
            .Event(H(0), "texter", "sms.clicked", ("template", "pick_sms"), ("url", "https://x"))
            .Event(H(0), "reader", "email.opened", ("template", "pick_mail"))
            .Event(H(1), "texter", "signed_up", ("source", "web"))
            .Event(H(1), "reader", "signed_up", ("source", "web"))
            .Event(H(1), "no_phone", "signed_up", ("source", "web"))
            .Event(H(2), "no_phone", "sms.clicked", ("template", "pick_sms"), ("url", "https://x"))
            .Until(D(1));
        Assert.Equal([H(1)], run.Sends("texter", "pick_sms"));
        Assert.Equal([H(1)], run.Sends("reader", "pick_mail"));
        Assert.Equal([H(1)], run.Sends("no_phone", "pick_mail"));
    }

    [Fact]
    public void Emit_delivers_the_event_to_the_other_contact_and_start_journey_enters_it()
    {
        var run = new Run(Script).Contact("a").Contact("b")
            .Event(H(1), "a", "order_placed", ("total", 10m))
            .Until(D(1));
        Assert.Equal([H(1)], run.Sends("b", "thanks"));
        Assert.Equal([H(1)], run.Sends("a", "onboarding_mail"));
        Assert.Equal("start journey", run.Effects("a", EffectKind.Entered).Single(e => e.Journey == "onboarding").Detail);
    }
}
