namespace MarketingAutomation.Language.Tests.Services;

/// <summary>A small workspace schema the service tests write their journeys against.</summary>
internal static class ServiceSamples
{
    public const string Schema = """
        contact {
          email          : email
          phone          : phone?
          first_name     : text
          plan           : enum(free, pro, enterprise) = free
          birthday       : date?
          lifetime_value : money = 0
        }

        event signed_up { source: enum(web, app) }

        event order_placed {
          order_id : text
          total    : money
          category : enum(beans, machines)
        }

        event cart_abandoned { cart_id: text, value: money }

        // The first mail a new subscriber gets.
        template email welcome_1 {
          subject "Welcome, {{ contact.first_name }}!"
          body    "<p>Hello {{ contact.first_name }}</p>"
        }

        template email cart_reminder {
          subject "Your cart"
          body    "Cart {{ cart }} worth {{ event.value }}"
        }

        template sms cart_nudge "Your cart is waiting"
        template push app_push "Hi there"

        // Big spenders.
        segment vip = contact.lifetime_value > 1000

        score engagement {
          on email.opened +1
          on order_placed +5 where event.total > 100
        }

        lifecycle { subscriber -> lead -> customer }

        connection crm

        """;
}
