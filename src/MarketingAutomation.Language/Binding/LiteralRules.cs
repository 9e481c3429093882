using System.Text.RegularExpressions;

namespace MarketingAutomation.Language.Binding;

/// <summary>What makes a text a valid email address, phone number or time zone.</summary>
public static partial class LiteralRules
{
    /// <summary>The longest duration a script may write: ten years, longer than any journey waits.</summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromDays(3660);

    public static bool IsEmail(string text) => EmailPattern().IsMatch(text);

    public static bool IsPhone(string text) => PhonePattern().IsMatch(text);

    public static bool IsTimeZone(string text) =>
        text.Length > 0 && !text.Contains("..") && TimeZoneInfo.TryFindSystemTimeZoneById(text, out _);

    // Deliberately simple: one @, something on each side, a dot in the domain, no spaces.
    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    // International form: a plus, then 7 to 15 digits, optionally grouped by spaces or dashes.
    [GeneratedRegex(@"^\+[0-9](?:[ -]?[0-9]){6,14}$")]
    private static partial Regex PhonePattern();
}
