using System.Text;

namespace MarketingAutomation.Cli.Output;

/// <summary>
/// Escaping for GitHub Actions workflow commands (`::error file=...::message`). The runner
/// decodes exactly these sequences; anything unescaped would end the command early (a line
/// break) or split a property (':' and ',' in a file name).
/// </summary>
internal static class GitHubCommandEscaper
{
    /// <summary>Escapes the message after `::`: '%', CR and LF.</summary>
    public static string EscapeData(string value) => Escape(value, escapePropertyDelimiters: false);

    /// <summary>Escapes a property value such as `file=`: as data, plus ':' and ','.</summary>
    public static string EscapeProperty(string value) => Escape(value, escapePropertyDelimiters: true);

    private static string Escape(string value, bool escapePropertyDelimiters)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            switch (c)
            {
                // '%' first in meaning: it starts every escape, so a literal one must be escaped too.
                case '%': builder.Append("%25"); break;
                case '\r': builder.Append("%0D"); break;
                case '\n': builder.Append("%0A"); break;
                case ':' when escapePropertyDelimiters: builder.Append("%3A"); break;
                case ',' when escapePropertyDelimiters: builder.Append("%2C"); break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString();
    }
}
