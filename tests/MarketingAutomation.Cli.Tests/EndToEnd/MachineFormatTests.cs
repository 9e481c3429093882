using System.Text.Json;
using MarketingAutomation.Cli.Tests.Infrastructure;

namespace MarketingAutomation.Cli.Tests.EndToEnd;

/// <summary>The formats for tools: msbuild, json and github. SARIF has its own tests.</summary>
public sealed class MachineFormatTests : IDisposable
{
    private readonly TempWorkspace workspace = new();

    public MachineFormatTests()
    {
        workspace.Write("welcome.journey", Samples.Valid);
        workspace.Write("spare.journey", Samples.UnusedTemplate);
        workspace.Write("broken.journey", Samples.SyntaxError);
        workspace.Write("open.journey", Samples.UnclosedText);
    }

    public void Dispose() => workspace.Dispose();

    [Fact]
    public void Msbuild_prints_one_canonical_line_per_diagnostic()
    {
        var result = workspace.Ma("check", "--format", "msbuild");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(3, result.StdOutLines.Length);
        Assert.Matches(@"^broken\.journey\(3,3\): error MA1001: Expected .*`sendd`\.$", result.StdOutLines[0]);
        Assert.Equal("open.journey(1,20): error MA1002: This text is not closed: add `\"` at its end, on the same line.", result.StdOutLines[1]);
        Assert.Equal("spare.journey(1,16): warning MA2018: The template `spare` is never used.", result.StdOutLines[2]);
    }

    [Fact]
    public void Json_lists_every_diagnostic_with_one_based_ranges_and_fixes()
    {
        var result = workspace.Ma("check", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using var document = JsonDocument.Parse(result.StdOut);
        var root = document.RootElement;
        Assert.Equal(1, root.GetProperty("formatVersion").GetInt32());
        var summary = root.GetProperty("summary");
        Assert.Equal(4, summary.GetProperty("files").GetInt32());
        Assert.Equal(2, summary.GetProperty("errors").GetInt32());
        Assert.Equal(1, summary.GetProperty("warnings").GetInt32());
        Assert.Equal(0, summary.GetProperty("infos").GetInt32());

        var diagnostics = root.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(3, diagnostics.Count);

        var syntax = diagnostics[0];
        Assert.Equal("broken.journey", syntax.GetProperty("path").GetString());
        Assert.Equal("MA1001", syntax.GetProperty("code").GetString());
        Assert.Equal("error", syntax.GetProperty("severity").GetString());
        Assert.Equal("Unexpected input", syntax.GetProperty("title").GetString());
        AssertPosition(syntax.GetProperty("start"), 3, 3);
        AssertPosition(syntax.GetProperty("end"), 3, 8);
        Assert.Equal(JsonValueKind.Null, syntax.GetProperty("fix").ValueKind);

        var unclosed = diagnostics[1];
        var fix = unclosed.GetProperty("fix");
        Assert.Equal("Close the text", fix.GetProperty("title").GetString());
        var edit = Assert.Single(fix.GetProperty("edits").EnumerateArray());
        AssertPosition(edit.GetProperty("start"), 1, 30);
        AssertPosition(edit.GetProperty("end"), 1, 30);
        Assert.Equal("\"", edit.GetProperty("newText").GetString());

        Assert.Equal("warning", diagnostics[2].GetProperty("severity").GetString());
    }

    [Fact]
    public void Json_for_a_clean_workspace_has_an_empty_list()
    {
        var result = workspace.Ma("check", "welcome.journey", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(result.StdOut);
        Assert.Empty(document.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(1, document.RootElement.GetProperty("summary").GetProperty("files").GetInt32());
    }

    [Fact]
    public void Github_prints_workflow_commands()
    {
        var result = workspace.Ma("check", "--format", "github");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(3, result.StdOutLines.Length);
        Assert.StartsWith("::error file=broken.journey,line=3,col=3,endLine=3,endColumn=8,title=MA1001::Expected ", result.StdOutLines[0]);
        Assert.Equal("::error file=open.journey,line=1,col=20,endLine=1,endColumn=30,title=MA1002::This text is not closed: add `\"` at its end, on the same line.", result.StdOutLines[1]);
        Assert.Equal("::warning file=spare.journey,line=1,col=16,endLine=1,endColumn=21,title=MA2018::The template `spare` is never used.", result.StdOutLines[2]);
    }

    [Fact]
    public void Github_paths_are_relative_to_the_base_path_with_forward_slashes()
    {
        var nested = Path.Combine(workspace.Root, "repo", "journeys, shop");
        Directory.CreateDirectory(nested);
        File.WriteAllText(Path.Combine(nested, "welcome.journey"), Samples.Valid);
        File.WriteAllText(Path.Combine(nested, "broken.journey"), Samples.SyntaxError);

        var result = workspace.Ma("check", "repo", "--format", "github", "--base-path", "repo");

        // The ',' in the folder name is escaped, or GitHub would read it as the end of `file=`.
        Assert.StartsWith("::error file=journeys%2C shop/broken.journey,line=3,", Assert.Single(result.StdOutLines));
    }

    private static void AssertPosition(JsonElement position, int line, int column)
    {
        Assert.Equal(line, position.GetProperty("line").GetInt32());
        Assert.Equal(column, position.GetProperty("column").GetInt32());
    }
}
