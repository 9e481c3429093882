namespace MarketingAutomation.Server.Tests.Crash;

/// <summary>
/// The workspace the crash test serves: one sign-up, one welcome email, due at once (no quiet
/// hours, no waits), so every accepted event owes exactly one message.
/// </summary>
internal static class CrashWorkspace
{
    public const string Journey = "welcome";

    // `entry every time` rather than `entry once`: an event applied twice would then enter twice
    // and send a second, differently keyed email, which the test sees. Under `entry once` a
    // repeated application would be hidden by the entry rule.
    private const string Script = """
        contact {
          email: email?
          timezone: timezone = "Europe/Warsaw"
        }
        event signed_up { email: email }
        template email welcome { subject "Welcome" body "Welcome aboard, {{ contact.email }}." }

        journey welcome {
          when signed_up
          entry every time
          set contact.email = event.email
          send email welcome
        }
        """;

    public static string Write(string parent)
    {
        var folder = Path.Combine(parent, "crash-workspace");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "main.journey"), Script);
        return folder;
    }

    public static string Contact(int index) => $"c{index}";

    public static string Email(int index) => $"{Contact(index)}@crash.example.com";
}
