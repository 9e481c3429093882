namespace MarketingAutomation.Language.Tests.Formatting;

/// <summary>
/// Journey files for formatter and robustness tests: every example in the repository, plus
/// built-in samples that cover each construct of the language, neatly or untidily written.
/// </summary>
internal static class SampleSources
{
    /// <summary>The product sketch's own examples (docs in shared/LANGUAGE-SKETCH.md), as written there.</summary>
    public const string Sketch = """
        // The contact profile: exactly one per workspace. Types are checked everywhere.
        contact {
          email          : email
          phone          : phone?
          first_name     : text
          country        : text
          birthday       : date?
          plan           : enum(free, pro, enterprise)
          lifetime_value : money = 0
          timezone       : timezone = "Europe/Warsaw"
        }

        event signed_up      { source: text }
        event order_placed   { order_id: text, total: money, sku: text }
        event cart_abandoned { cart_id: text, value: money }
        event page_viewed    { path: text }
        event meeting_booked

        template email welcome_1 {
          subject "Welcome to Acme, {{ contact.first_name }}!"
          body    file "templates/welcome_1.liquid"
        }
        template sms cart_nudge "Your cart is still waiting ({{ event.value }})."

        segment vip = contact.lifetime_value > 1000 and contact.country in ["PL", "DE"]

        score engagement {
          on email.opened +1
          on email.clicked +3
          on page_viewed +10 where event.path starts_with "/pricing" max 3 per 1d
          on order_placed +25
          decay 20% every 30d
        }
        segment hot_lead = score(engagement) >= 50

        lifecycle { subscriber -> lead -> mql -> sql -> customer }

        policy {
          quiet hours 21:00..08:00 local     // sends wait for the window in the contact's time zone
          at most 3 email per 7d             // frequency cap across all journeys
          at most 1 sms per 1d
        }

        connection crm

        journey welcome_series {
          when signed_up                        // trigger
          entry once                            // re-entry rule
          goal order_placed within 30d          // conversion: counted, and the contact leaves
          leave when unsubscribed               // exit criterion (event or condition)

          send email welcome_1
          wait 2d
          if opened(welcome_1) {
            send email welcome_2_engaged
          } else {
            send sms welcome_nudge
          }
          wait for order_placed up to 5d {
            received { tag "customer"; send email thank_you }
            timeout  { send email first_order_discount }
          }
        }

        journey abandoned_cart {
          when cart_abandoned where event.value > 20
          entry every time, at most once per 7d
          leave when order_placed
          wait 1h
          send email cart_reminder with { cart: event.cart_id }
          wait 1d
          split "discount test" {
            a 50% { send email cart_discount_5 }
            b 50% { send sms cart_nudge }
          }
        }

        journey lead_handoff {
          when contact enters hot_lead
          stage mql
          post crm { lead: contact.email, score: score(engagement) }
          notify sales "Hot lead {{ contact.first_name }} ({{ contact.email }})"   // telesales task
          wait for meeting_booked up to 14d {
            received { stage sql }
            timeout  { send email nurture_case_study }
          }
        }

        test "engaged subscriber gets the engaged follow-up" for welcome_series {
          contact { first_name: "Ala", country: "PL", email: "ala@example.com", plan: free }
          at 0s  event signed_up { source: "web" }
          expect send email welcome_1 at 0s
          at 3h  event email.opened { template: welcome_1 }
          expect send email welcome_2_engaged at 2d
          expect no send sms welcome_nudge
          at 3d  event order_placed { order_id: "A1", total: 120, sku: "X" }
          expect goal at 3d
        }
        """;

    /// <summary>Every trigger, step, expectation and expression form, written untidily on purpose.</summary>
    public const string AllConstructs = """
           contact{email:email
        phone : phone?   // optional
          plan:enum( free,pro , enterprise )
              lifetime_value:money=0
          tags : list( text ) ?
          renewal : date?,
          }
        event signed_up{source:text}
        event order_placed   { order_id: text, total: money, sku: text }
        event referral_rewarded
        segment vip=contact.lifetime_value>1000 and contact.country in [ "PL","DE" ]
        segment negative = - contact.lifetime_value < - 5 and not(contact in vip) or has tag "x"
        segment long =
        contact.plan == pro
          and
              contact in vip


        policy{quiet hours 21:00 .. 08:00 local // sends wait
        at most 3 email per 7d
        }
        lifecycle{subscriber->lead->mql}
        score engagement {
        	on email.opened +1
        	on page_viewed + 10 where event.path starts_with "/pricing" max 3 per 1d
        	on unsubscribed -5
        	decay 20% every 30d
        }
        template email w {subject "s" preheader "p"
        body file "b.liquid" text "t"}
        template push   p    "hi"
        connection crm
        journey everything
        {
        when signed_up // trigger
          entry   every time , at most once per 7d
          goal order_placed where event.total>10 within 30d ;
          leave when contact.plan==enterprise
           holdout 10%


          send email w with {a:1,b:[1,2,3]} at best time
          wait 2d
          wait until 09:00 local on weekdays
          wait until contact.renewal - 7d
          if opened( w ){send email w}
          else if clicked(w) and count(order_placed within 30d)>=2 {
          }
          else {

            send push p

          }
          wait for order_placed where event.sku != "x" up to 5d {
            received { tag "customer"; send email w }
            timeout  { untag "customer" }
          }
          split "t" { a 50% { exit } bb 50% { start journey other } }
          send preferred {
            email w with { x: 1 }
            push p
          } at best time
          post crm {
            lead: contact.email,
            score_value: score(engagement) * 2 / 3 + last(order_placed).total - -1
          }
          set contact.plan = "pro"; score engagement += 5; score engagement -= 1
          // a comment before emit
          emit referral_rewarded { friend: contact.email } to event.referrer
          notify sales "Hot lead"
          stage mql
        }
        journey dates { when yearly contact.birthday at 09:00 local
        }
        journey renewal { when date contact.renewal - 7d at 10:00 utc }
        journey lapsed { when inactive 90d }
        journey absent { when no order_placed for 60d }
        journey broadcast { when schedule 2026-12-01 10:00 local for vip }
        journey weekly { when every monday at 09:00 local for vip }
        journey entering { when contact enters vip }
        journey leaving { when contact leaves vip }
        journey staged { when stage becomes mql }
        test "t" for everything {
          contact { first_name: "Ala",
            email: "a@example.com" }
          at 0s event signed_up { source: "web" }
          at 10d set contact.plan = pro
          expect send email w at 0s
          expect no goal
          expect exit at 1d
          expect stage mql
          expect tag "customer"
          expect post crm
          expect notify sales
        }
        """;

    /// <summary>Built-in samples by name, for theories.</summary>
    public static IReadOnlyDictionary<string, string> BuiltIn { get; } = new Dictionary<string, string>
    {
        ["sketch"] = Sketch,
        ["all-constructs"] = AllConstructs,
    };

    /// <summary>Every example .journey file in the repository, by path relative to examples/.</summary>
    public static IReadOnlyList<string> ExampleFiles() =>
        Directory.Exists(RepositoryPaths.Examples)
            ? Directory.EnumerateFiles(RepositoryPaths.Examples, "*.journey", SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(RepositoryPaths.Examples, path))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];

    public static string ReadExample(string relativePath) => File.ReadAllText(Path.Combine(RepositoryPaths.Examples, relativePath));

    /// <summary>Every sample as (name, text): the examples, then the built-in ones.</summary>
    public static IEnumerable<(string Name, string Text)> All() =>
        ExampleFiles().Select(path => (path, ReadExample(path)))
            .Concat(BuiltIn.Select(pair => (pair.Key, pair.Value)));

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in All())
        {
            data.Add(name);
        }

        return data;
    }

    public static string Text(string name) => BuiltIn.TryGetValue(name, out var text) ? text : ReadExample(name);
}
