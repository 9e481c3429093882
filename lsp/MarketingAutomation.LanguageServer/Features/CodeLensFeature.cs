using MarketingAutomation.Language.Services;
using MarketingAutomation.Language.Text;
using MarketingAutomation.LanguageServer.Protocol;

namespace MarketingAutomation.LanguageServer.Features;

/// <summary>A "Run test" lens over every `test` block; the extension carries it out as `journey.runTest`.</summary>
internal static class CodeLensFeature
{
    public const string RunTestCommand = "journey.runTest";

    public static IReadOnlyList<CodeLens> Get(DocumentContext document) =>
        TestLensService.GetTests(document.Tree)
            .Select(test => new CodeLens(
                // On the test's first line only: a lens belongs above one line.
                document.RangeOf(new TextSpan(test.Span.Start, 0)),
                new Command("Run test", RunTestCommand, [document.Uri, test.Name, test.Journey])))
            .ToList();
}
