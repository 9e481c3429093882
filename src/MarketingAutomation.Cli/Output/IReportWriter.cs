using MarketingAutomation.Cli.Check;

namespace MarketingAutomation.Cli.Output;

/// <summary>Prints a check report in one output format.</summary>
internal interface IReportWriter
{
    void Write(CheckReport report, TextWriter output);
}
