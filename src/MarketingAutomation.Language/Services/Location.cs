using MarketingAutomation.Language.Text;

namespace MarketingAutomation.Language.Services;

/// <summary>A place in a file of the workspace (a script or a template file), as editor features report it.</summary>
public sealed record Location(SourceText Source, TextSpan Span)
{
    public string Path => Source.Path;
}
