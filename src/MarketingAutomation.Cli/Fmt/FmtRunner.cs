using MarketingAutomation.Cli.Output;
using MarketingAutomation.Cli.Workspaces;
using MarketingAutomation.Language.Formatting;
using MarketingAutomation.Language.Syntax;

namespace MarketingAutomation.Cli.Fmt;

/// <summary>
/// Formats the journey files behind the given paths in place, or with <c>check</c> only lists
/// those that would change. A file with syntax errors is never touched: its layout would be a guess.
/// </summary>
internal static class FmtRunner
{
    public static int Run(IReadOnlyList<string> paths, bool check, TextWriter output)
    {
        var total = 0;
        var changed = 0;
        var skipped = 0;
        foreach (var requested in WorkspaceLoader.Load(paths))
        {
            foreach (var document in requested.RequestedDocuments)
            {
                total++;
                var shown = DisplayPath.Of(document.Path);
                var tree = SyntaxTree.Parse(document);
                if (tree.HasErrors)
                {
                    skipped++;
                    output.WriteLine($"skipped {shown}: it has syntax errors (run `ma check {shown}` to see them)");
                    continue;
                }

                var result = JourneyFormatter.Format(tree);
                if (!result.Changed)
                {
                    continue;
                }

                changed++;
                if (check)
                {
                    output.WriteLine($"would reformat {shown}");
                }
                else
                {
                    SafeFileWriter.WriteText(document.Path, result.Text);
                    output.WriteLine($"formatted {shown}");
                }
            }
        }

        output.WriteLine(Summary(check, total, changed, skipped));
        return skipped > 0 || (check && changed > 0) ? ExitCodes.Problems : ExitCodes.Success;
    }

    private static string Summary(bool check, int total, int changed, int skipped)
    {
        var files = Files(total);
        var summary = (check, changed) switch
        {
            // Skipped files are not formatted, so they are not counted as such.
            (_, 0) => $"{Files(total - skipped)} already formatted.",
            (true, _) => $"{changed} of {files} would be reformatted; run `ma fmt` to fix.",
            (false, _) => $"Formatted {changed} of {files}.",
        };
        return skipped == 0 ? summary : $"{summary} {skipped} skipped for syntax errors.";
    }

    private static string Files(int count) => count == 1 ? "1 file" : $"{count} files";
}
