namespace MarketingAutomation.Hosting.Reporting;

/// <summary>
/// What a piece of report text is, so a terminal can colour it. The formatters only name styles;
/// the command line decides whether and how to colour (plain in files, pipes and tests).
/// </summary>
public enum TextStyle
{
    Plain,
    Dim,
    Heading,
    Entry,
    Send,
    Hold,
    Skip,
    Goal,
    Exit,
    Failure,
}

/// <summary>Applies a <see cref="TextStyle"/> to text, for example with ANSI escape codes.</summary>
public interface ITextStyler
{
    string Apply(TextStyle style, string text);
}

/// <summary>No styling: the text as it is.</summary>
public sealed class PlainStyler : ITextStyler
{
    public static PlainStyler Instance { get; } = new();

    public string Apply(TextStyle style, string text) => text;
}
