using MarketingAutomation.Runtime.Tests.Infrastructure;
using static MarketingAutomation.Runtime.Tests.Infrastructure.Run;

namespace MarketingAutomation.Runtime.Tests.Execution;

/// <summary>Quiet hours, frequency caps, consent and addresses.</summary>
public sealed class PolicyTests
{
    private const string Script = Workspaces.Schema + """
        policy {
          quiet hours 21:00..08:00 local
          at most 2 email per 7d
        }
        template email promo { subject "Hi" body "Promo" }
        template email receipt transactional { subject "Hi" body "Receipt" }
        template sms text "Hi"
        journey promos {
          when page_viewed
          entry every time
          send email promo
        }
        journey receipts {
          when order_placed
          entry every time
          send email receipt
        }
        journey texts {
          when signed_up
          send sms text
        }
        """;

    [Fact]
    public void A_send_inside_quiet_hours_waits_for_the_window_to_end_in_the_contacts_zone()
    {
        var late = Local(2026, 3, 2, 22, 30) - T0;
        var run = new Run(Script).Contact("a").Event(late, "a", "page_viewed", ("path", "/")).Until(D(2));
        Assert.Equal([Local(2026, 3, 3, 8) - T0], run.Sends("a", "promo"));
    }

    [Fact]
    public void Transactional_messages_ignore_quiet_hours_and_caps()
    {
        var late = Local(2026, 3, 2, 23) - T0;
        var run = new Run(Script).Contact("a");
        for (var i = 0; i < 4; i++)
        {
            run.Event(late + H(i * 0.1), "a", "order_placed", ("total", 10m));
        }

        run.Until(D(1));
        Assert.Equal(4, run.Sends("a", "receipt").Count);
        Assert.All(run.Sends("a", "receipt"), at => Assert.True(at >= late && at < late + H(1)));
    }

    [Fact]
    public void A_frequency_cap_skips_marketing_sends_over_the_limit_and_says_why()
    {
        var run = new Run(Script).Contact("a")
            .Event(H(0), "a", "page_viewed", ("path", "/"))
            .Event(H(1), "a", "page_viewed", ("path", "/"))
            .Event(H(2), "a", "page_viewed", ("path", "/"))
            .Event(D(7) + H(1), "a", "page_viewed", ("path", "/"))
            .Until(D(8));
        Assert.Equal([H(0), H(1), D(7) + H(1)], run.Sends("a", "promo"));
        Assert.Equal(["frequency cap: at most 2 email per 7d"], run.Skips("a", "promo"));
    }

    [Fact]
    public void Unsubscribed_contacts_get_no_marketing_but_still_get_transactional_mail()
    {
        var run = new Run(Script).Contact("a")
            .Event(H(0), "a", "unsubscribed", ("channel", "email"))
            .Event(H(1), "a", "page_viewed", ("path", "/"))
            .Event(H(2), "a", "order_placed", ("total", 10m))
            .Until(D(1));
        Assert.Empty(run.Sends("a", "promo"));
        Assert.Equal(["unsubscribed from email"], run.Skips("a", "promo"));
        Assert.Equal([H(2)], run.Sends("a", "receipt"));
    }

    [Fact]
    public void A_contact_without_an_address_on_the_channel_is_never_sent_to()
    {
        var run = new Run(Script).Contact("a").Contact("b", ("phone", "+48600100200"))
            .Event(H(0), "a", "signed_up", ("source", "web"))
            .Event(H(0), "b", "signed_up", ("source", "web"))
            .Until(D(1));
        Assert.Empty(run.Sends("a", "text"));
        Assert.Equal(["no sms address"], run.Skips("a", "text"));
        Assert.Equal([H(0)], run.Sends("b", "text"));
    }

    [Fact]
    public void A_held_message_is_dropped_when_the_contact_unsubscribes_before_it_is_due()
    {
        var late = Local(2026, 3, 2, 22) - T0;
        var run = new Run(Script).Contact("a")
            .Event(late, "a", "page_viewed", ("path", "/"))
            .Event(late + H(1), "a", "unsubscribed", ("channel", ""))
            .Until(D(2));
        Assert.Empty(run.Sends("a", "promo"));
        Assert.Contains("unsubscribed from email", run.Skips("a", "promo"));
    }
}
