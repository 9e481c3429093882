using MarketingAutomation.Language.Diagnostics;

namespace MarketingAutomation.Cli.Output;

/// <summary>ANSI colours for the human format and `ma run`'s text; with colour off every method returns its text unchanged.</summary>
internal sealed class Ansi(bool enabled)
{
    private const string Reset = "\u001b[0m";

    public string Bold(string text) => Wrap("\u001b[1m", text);

    public string Gutter(string text) => Wrap("\u001b[1;34m", text);

    public string Help(string text) => Wrap("\u001b[1;36m", text);

    public string Dim(string text) => Wrap("\u001b[2m", text);

    public string Green(string text) => Wrap("\u001b[32m", text);

    public string Yellow(string text) => Wrap("\u001b[33m", text);

    public string Magenta(string text) => Wrap("\u001b[1;35m", text);

    public string Severity(DiagnosticSeverity severity, string text) => severity switch
    {
        DiagnosticSeverity.Error => Wrap("\u001b[1;31m", text),
        DiagnosticSeverity.Warning => Wrap("\u001b[1;33m", text),
        _ => Wrap("\u001b[1;36m", text),
    };

    private string Wrap(string code, string text) => enabled && text.Length > 0 ? code + text + Reset : text;
}
