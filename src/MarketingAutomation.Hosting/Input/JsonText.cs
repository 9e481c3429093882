using System.Text.Json;

namespace MarketingAutomation.Hosting.Input;

/// <summary>JSON values described in error messages, short and in the words a marketer reads.</summary>
public static class JsonText
{
    private const int MaxShown = 40;

    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "text " + Quote(value.GetString() ?? string.Empty),
        JsonValueKind.Number => "a number (" + Shorten(value.GetRawText()) + ")",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        _ => "null",
    };

    /// <summary>Text in double quotes, cut short when long, so one bad value cannot flood the output.</summary>
    public static string Quote(string text) => "\"" + Shorten(text) + "\"";

    private static string Shorten(string text) => text.Length <= MaxShown ? text : text[..MaxShown] + "...";
}
