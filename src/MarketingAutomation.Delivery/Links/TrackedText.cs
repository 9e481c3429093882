using System.Text.RegularExpressions;

namespace MarketingAutomation.Delivery.Links;

/// <summary>
/// Prepares the plain-text part of an email: every http(s) address in it goes through a signed
/// click link, as in the HTML part, so a click counts whichever part the reader's client shows.
/// </summary>
public static partial class TrackedText
{
    public static string Apply(string text, MessageLinks links) =>
        Address().Replace(text, match =>
        {
            var (target, trailing) = SplitTrailingPunctuation(match.Value);
            if (!Uri.TryCreate(target, UriKind.Absolute, out _) || links.IsOwn(target))
            {
                return match.Value;
            }

            return links.Click(target) + trailing;
        });

    /// <summary>
    /// In prose an address is often followed by a full stop or wrapped in brackets: those belong
    /// to the sentence, not to the address (a closing bracket stays when the address opened one).
    /// </summary>
    private static (string Target, string Trailing) SplitTrailingPunctuation(string address)
    {
        var end = address.Length;
        while (end > 0)
        {
            var last = address[end - 1];
            var sentence = last is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '"' or '>'
                || (last == ')' && address.AsSpan(0, end).Count('(') < address.AsSpan(0, end).Count(')'));
            if (!sentence)
            {
                break;
            }

            end--;
        }

        return (address[..end], address[end..]);
    }

    [GeneratedRegex(@"\bhttps?://[^\s<]+", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Address();
}
