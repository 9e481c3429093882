using MarketingAutomation.Runtime;
using MarketingAutomation.Runtime.Execution;

namespace MarketingAutomation.Hosting.Testing;

/// <summary>An effect in the words of the script: `send email welcome_1`, `tag "vip"`, `stage customer`.</summary>
internal static class EffectText
{
    public static string Of(Effect e) => e.Kind switch
    {
        EffectKind.Entered => $"entered ({e.Detail})",
        EffectKind.Send => $"send {Channel(e)} {e.Name}",
        EffectKind.SendHeld => $"held {Channel(e)} {e.Name} until {e.Until:yyyy-MM-dd HH:mm} ({e.Detail})",
        EffectKind.SendSkipped => $"skipped {Channel(e)} {e.Name}: {e.Detail}",
        EffectKind.SetAttribute => $"set contact.{e.Name} = {e.Detail}",
        EffectKind.Tag => $"tag \"{e.Name}\"",
        EffectKind.Untag => $"untag \"{e.Name}\"",
        EffectKind.ScoreChanged => $"score {e.Name} {(e.Amount >= 0 ? "+" : string.Empty)}{PlainText.Of(e.Amount)} = {e.Detail}",
        EffectKind.StageChanged => $"stage {e.Name}",
        EffectKind.Post => $"post {e.Name}",
        EffectKind.NotifySales => "notify sales",
        EffectKind.Emit => $"emit {e.Name} to {e.Recipient}",
        EffectKind.SplitAssigned => $"split \"{e.Name}\": {e.Detail}",
        EffectKind.GoalReached => e.Name is null ? "goal" : $"goal ({e.Name})",
        EffectKind.Exited => $"exit ({e.Detail})",
        EffectKind.Completed => "completed",
        EffectKind.Failed => $"failed: {e.Detail}",
        _ => e.Kind.ToString(),
    };

    private static string Channel(Effect e) => e.Channel?.ToString().ToLowerInvariant() ?? "message";
}
