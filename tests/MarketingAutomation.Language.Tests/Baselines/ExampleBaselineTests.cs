using MarketingAutomation.Language.Formatting;
using MarketingAutomation.Language.Workspace;

namespace MarketingAutomation.Language.Tests.Baselines;

/// <summary>
/// Each example file's diagnostics, symbols and formatted text, compared with checked-in
/// expected files under Baselines/. The examples check clean, so a sample workspace full of
/// mistakes (Samples/) pins the diagnostics' wording and places too. Regenerate with
/// tests/update-baselines.sh and review the diff like any other change.
/// </summary>
public sealed class ExampleBaselineTests
{
    private static readonly bool Update = Environment.GetEnvironmentVariable("MA_UPDATE_BASELINES") == "1";

    /// <summary>The example workspaces' files: what a marketer would write.</summary>
    public static TheoryData<string, string> ExampleFiles() => FilesOf(RepositoryPaths.Examples);

    /// <summary>Examples plus the test sample workspaces, whose diagnostics are pinned too.</summary>
    public static TheoryData<string, string> BaselineFiles()
    {
        var data = FilesOf(RepositoryPaths.Examples);
        foreach (var row in FilesOf(RepositoryPaths.Samples))
        {
            data.Add((string)row[0], (string)row[1]);
        }

        return data;
    }

    private static TheoryData<string, string> FilesOf(string folder)
    {
        var data = new TheoryData<string, string>();
        foreach (var workspace in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            foreach (var file in Directory.EnumerateFiles(workspace, "*.journey").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(workspace), Path.GetFileName(file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BaselineFiles))]
    public void Diagnostics_match_baseline(string workspace, string file)
    {
        var (compilation, tree) = Load(workspace, file);
        var lines = compilation.Diagnostics
            .Where(d => d.Source == tree.Source)
            .Select(d => $"{d.Start} {d.Severity.ToString().ToLowerInvariant()} {d.Code}: {d.Message}");
        Compare(workspace, file + ".diagnostics.txt", string.Concat(lines.Select(l => l + "\n")));
    }

    [Theory]
    [MemberData(nameof(BaselineFiles))]
    public void Symbols_match_baseline(string workspace, string file)
    {
        var (compilation, tree) = Load(workspace, file);
        Compare(workspace, file + ".symbols.txt", SymbolPrinter.Print(compilation.Model, tree.Source).ReplaceLineEndings("\n"));
    }

    [Theory]
    [MemberData(nameof(BaselineFiles))]
    public void Formatted_text_matches_baseline(string workspace, string file)
    {
        var (_, tree) = Load(workspace, file);
        Compare(workspace, file + ".formatted", JourneyFormatter.Format(tree).Text);
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Example_files_are_in_house_style(string workspace, string file)
    {
        var (_, tree) = Load(workspace, file);
        Assert.False(JourneyFormatter.Format(tree).Changed, $"Run `ma fmt examples/{workspace}/{file}`.");
    }

    [Fact]
    public void Every_example_workspace_checks_without_errors()
    {
        foreach (var directory in Directory.EnumerateDirectories(RepositoryPaths.Examples))
        {
            var compilation = Compilation.Create(JourneyWorkspace.FromDirectory(directory));
            Assert.DoesNotContain(compilation.Diagnostics, d => d.IsError);
        }
    }

    private static (Compilation Compilation, MarketingAutomation.Language.Syntax.SyntaxTree Tree) Load(string workspace, string file)
    {
        var folder = Path.Combine(RepositoryPaths.Examples, workspace);
        var compilation = Compilation.Create(JourneyWorkspace.FromDirectory(Directory.Exists(folder) ? folder : Path.Combine(RepositoryPaths.Samples, workspace)));
        var tree = compilation.SyntaxTrees.Single(t => Path.GetFileName(t.Source.Path) == file);
        return (compilation, tree);
    }

    private static void Compare(string workspace, string name, string actual)
    {
        var path = Path.Combine(RepositoryPaths.Baselines, workspace, name);
        if (Update)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path) ?? RepositoryPaths.Baselines);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"No baseline {path}: run tests/update-baselines.sh and review the new file.");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.Equal(expected, actual);
    }
}
