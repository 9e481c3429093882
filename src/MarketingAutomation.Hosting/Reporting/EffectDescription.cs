using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using MarketingAutomation.Runtime;
using MarketingAutomation.Runtime.Execution;

namespace MarketingAutomation.Hosting.Reporting;

/// <summary>One effect in words, as a marketer reads a timeline: `sent email welcome_1`, `stage → customer`.</summary>
public static class EffectDescription
{
    public static string Of(Effect effect) => ReportText.Printable(effect.Kind switch
    {
        EffectKind.Entered => "entered" + InParentheses(Flattened(effect.Detail)),
        EffectKind.Send => $"sent {Message(effect)}" + (effect.Detail is { } detail ? $" ({detail})" : string.Empty),
        EffectKind.SendHeld => $"held {Message(effect)}" + (effect.Until is { } until ? " until " + ReportText.Minute(until) : string.Empty) + InParentheses(effect.Detail),
        EffectKind.SendSkipped => $"skipped {Message(effect)}: {effect.Detail ?? "policy"}",
        EffectKind.SetAttribute => $"set {effect.Name} = {effect.Detail}",
        EffectKind.Tag => $"tag \"{effect.Name}\"",
        EffectKind.Untag => $"untag \"{effect.Name}\"",
        EffectKind.ScoreChanged => $"score {effect.Name} {Signed(effect.Amount ?? 0)}" + (effect.Detail is { } total ? $" (now {total})" : string.Empty),
        EffectKind.StageChanged => $"stage → {effect.Name}",
        EffectKind.Post => $"posted to {effect.Name}",
        EffectKind.NotifySales => "notified sales" + (effect.Detail is { } text ? $": \"{text}\"" : string.Empty),
        EffectKind.Emit => $"emitted {effect.Name} to {effect.Recipient}",
        EffectKind.SplitAssigned => $"split \"{effect.Name}\" → {effect.Detail}",
        EffectKind.GoalReached => "goal reached" + InParentheses(Goal(effect)),
        EffectKind.Exited => "left: " + (effect.Detail ?? "exit"),
        EffectKind.Completed => "completed",
        EffectKind.Failed => "failed: " + (effect.Detail ?? "unknown error"),
        _ => effect.Kind.ToString(),
    });

    /// <summary>The style of an effect's text: sends stand out, skips and failures warn.</summary>
    public static TextStyle StyleOf(EffectKind kind) => kind switch
    {
        EffectKind.Entered => TextStyle.Entry,
        EffectKind.Send => TextStyle.Send,
        EffectKind.SendHeld => TextStyle.Hold,
        EffectKind.SendSkipped => TextStyle.Skip,
        EffectKind.GoalReached => TextStyle.Goal,
        EffectKind.Exited or EffectKind.Completed => TextStyle.Exit,
        EffectKind.Failed => TextStyle.Failure,
        _ => TextStyle.Plain,
    };

    /// <summary>The script line behind the effect, `welcome.journey:12`, or null when the effect has none.</summary>
    public static string? Location(Effect effect) =>
        effect.File is { Length: > 0 } file && effect.Line > 0 ? $"{Path.GetFileName(file)}:{effect.Line.ToString(CultureInfo.InvariantCulture)}" : null;

    /// <summary>The channel as scripts write it (`email`, `sms`); the same string every time, since every effect on a timeline or in the outbox names one.</summary>
    public static string ChannelName(Channel channel) =>
        (uint)channel < (uint)ChannelNames.Length ? ChannelNames[(int)channel] : channel.ToString().ToLowerInvariant();

    /// <summary>
    /// The file name of the script behind the effect (`welcome.journey`), or null when it has none.
    /// Cached by path: a deployment has a handful of scripts, and every timeline row names one.
    /// </summary>
    public static string? FileName(Effect effect) =>
        effect.File is { Length: > 0 } file ? ScriptFileNames.GetOrAdd(file, Path.GetFileName) : null;

    private static readonly ConcurrentDictionary<string, string> ScriptFileNames = new(StringComparer.Ordinal);

    /// <summary>The effect's kind as reports and the timeline spell it: `entered`, `sendHeld`, `goalReached`.</summary>
    public static string KindName(EffectKind kind) =>
        (uint)kind < (uint)KindNames.Length ? KindNames[(int)kind] : JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());

    private static readonly string[] KindNames = [.. Enum.GetValues<EffectKind>().Select(k => JsonNamingPolicy.CamelCase.ConvertName(k.ToString()))];

    private static readonly string[] ChannelNames = [.. Enum.GetValues<Channel>().Select(c => c.ToString().ToLowerInvariant())];

    private static string Message(Effect effect) =>
        (effect.Channel is { } channel ? ChannelName(channel) + " " : string.Empty) + effect.Name;

    private static string? Goal(Effect effect)
    {
        var parts = new List<string>(3);
        if (effect.Name is { } name)
        {
            parts.Add(name);
        }

        if (effect.Amount is { } amount)
        {
            parts.Add(PlainText.Of(amount));
        }

        if (effect.Detail is { } detail)
        {
            parts.Add(detail);
        }

        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    /// <summary>
    /// The executor adds notes in parentheses (`event order_placed (holdout: no sends)`); inside our
    /// own parentheses they read better after a semicolon: `(event order_placed; holdout: no sends)`.
    /// </summary>
    private static string? Flattened(string? text) =>
        text is not null && text.EndsWith(')') && text.LastIndexOf(" (", StringComparison.Ordinal) is > 0 and var open
            ? text[..open] + "; " + text[(open + 2)..^1]
            : text;

    private static string InParentheses(string? text) => text is null ? string.Empty : $" ({text})";

    private static string Signed(decimal amount) => (amount >= 0 ? "+" : string.Empty) + PlainText.Of(amount);
}
