using MarketingAutomation.Cli.Output;
using MarketingAutomation.Hosting.Reporting;

namespace MarketingAutomation.Cli.Run;

/// <summary>The colours of `ma run`'s text: sends green, holds and skips yellow, goals magenta, failures red.</summary>
internal sealed class RunStyler(bool useColor) : ITextStyler
{
    private readonly Ansi ansi = new(useColor);

    public string Apply(TextStyle style, string text) => style switch
    {
        TextStyle.Dim or TextStyle.Exit => ansi.Dim(text),
        TextStyle.Heading => ansi.Bold(text),
        TextStyle.Entry => ansi.Help(text),
        TextStyle.Send => ansi.Green(text),
        TextStyle.Hold => ansi.Yellow(text),
        TextStyle.Skip => ansi.Severity(Language.Diagnostics.DiagnosticSeverity.Warning, text),
        TextStyle.Goal => ansi.Magenta(text),
        TextStyle.Failure => ansi.Severity(Language.Diagnostics.DiagnosticSeverity.Error, text),
        _ => text,
    };
}
