namespace MarketingAutomation.Server.Tests.Infrastructure;

/// <summary>Small workspaces with short waits, for tests of timers, restarts and versions.</summary>
public static class Scripts
{
    public const string Schema = """
        contact {
          email: email
          first_name: text = "friend"
        }
        event signed_up { source: text }
        template email hello { subject "Hello" body "Hello {{ contact.first_name }}" }
        template email again { subject "Again" body "Still here?" }
        template email goodbye_old { subject "Bye" body "Old goodbye" }
        template email goodbye_new { subject "Bye" body "New goodbye" }
        connection crm
        """;

    /// <summary>Hello now, again an hour later.</summary>
    public const string Nudge = Schema + """

        journey nudge {
          when signed_up
          send email hello
          wait 1h
          send email again
          post crm { step: "again" }
        }
        """;

    /// <summary>Goodbye after an hour, with <paramref name="template"/>; <paramref name="extraField"/> adds a contact field (a schema change).</summary>
    public static string Farewell(string template, string extraField = "") => Schema.Replace("first_name: text = \"friend\"", "first_name: text = \"friend\"\n  " + extraField, StringComparison.Ordinal) + $$"""

        journey farewell {
          when signed_up
          entry every time
          wait 1h
          send email {{template}}
        }
        """;
}
