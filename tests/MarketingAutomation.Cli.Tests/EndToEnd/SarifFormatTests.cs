using System.Text.Json;
using MarketingAutomation.Cli.Tests.Infrastructure;

namespace MarketingAutomation.Cli.Tests.EndToEnd;

/// <summary>The sarif format's shape: what GitHub code scanning and other SARIF readers rely on.</summary>
public sealed class SarifFormatTests : IDisposable
{
    private readonly TempWorkspace workspace = new();

    public SarifFormatTests()
    {
        workspace.Write("journeys/welcome.journey", Samples.Valid);
        workspace.Write("journeys/spare.journey", Samples.UnusedTemplate);
        workspace.Write("journeys/open.journey", Samples.UnclosedText);
    }

    public void Dispose() => workspace.Dispose();

    [Fact]
    public void The_log_has_a_schema_one_run_and_the_ma_driver_with_every_rule()
    {
        using var log = Sarif("check", "journeys", "--format", "sarif");

        var root = log.RootElement;
        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", root.GetProperty("$schema").GetString());
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("ma", driver.GetProperty("name").GetString());
        Assert.False(driver.TryGetProperty("informationUri", out _));

        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        var rule = rules.Single(r => r.GetProperty("id").GetString() == "MA1002");
        Assert.Equal("TextNotClosed", rule.GetProperty("name").GetString());
        Assert.Equal("Text not closed.", rule.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.False(string.IsNullOrEmpty(rule.GetProperty("fullDescription").GetProperty("text").GetString()));
        Assert.Contains("docs/diagnostics.md#ma1002", rule.GetProperty("help").GetProperty("text").GetString());
        Assert.False(rule.TryGetProperty("helpUri", out _));
        Assert.Contains(rules, r => r.GetProperty("id").GetString() == "MA2018");
    }

    [Fact]
    public void Results_point_at_rules_and_at_files_relative_to_srcroot()
    {
        using var log = Sarif("check", "journeys", "--format", "sarif");

        var run = log.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        var srcRoot = run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString() ?? "";
        Assert.Equal(new Uri(workspace.Root + "/").AbsoluteUri, srcRoot);

        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(2, results.Count);
        var error = results[0];
        Assert.Equal("MA1002", error.GetProperty("ruleId").GetString());
        Assert.Equal("MA1002", rules[error.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
        Assert.Equal("error", error.GetProperty("level").GetString());
        Assert.StartsWith("This text is not closed", error.GetProperty("message").GetProperty("text").GetString());

        var location = error.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("journeys/open.journey", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        var region = location.GetProperty("region");
        Assert.Equal(1, region.GetProperty("startLine").GetInt32());
        Assert.Equal(20, region.GetProperty("startColumn").GetInt32());
        Assert.Equal(1, region.GetProperty("endLine").GetInt32());
        Assert.Equal(30, region.GetProperty("endColumn").GetInt32());

        Assert.Equal("warning", results[1].GetProperty("level").GetString());
    }

    [Fact]
    public void A_fix_becomes_a_sarif_fix_with_a_replacement()
    {
        using var log = Sarif("check", "journeys/open.journey", "--format", "sarif");

        var result = log.RootElement.GetProperty("runs")[0].GetProperty("results")[0];
        var fix = Assert.Single(result.GetProperty("fixes").EnumerateArray());
        Assert.Equal("Close the text", fix.GetProperty("description").GetProperty("text").GetString());
        var change = Assert.Single(fix.GetProperty("artifactChanges").EnumerateArray());
        Assert.Equal("journeys/open.journey", change.GetProperty("artifactLocation").GetProperty("uri").GetString());
        var replacement = Assert.Single(change.GetProperty("replacements").EnumerateArray());
        Assert.Equal(30, replacement.GetProperty("deletedRegion").GetProperty("startColumn").GetInt32());
        Assert.Equal(30, replacement.GetProperty("deletedRegion").GetProperty("endColumn").GetInt32());
        Assert.Equal("\"", replacement.GetProperty("insertedContent").GetProperty("text").GetString());
    }

    [Fact]
    public void Uris_are_escaped_and_relative_to_the_base_path()
    {
        workspace.Write("repo/my journeys #1/welcome.journey", Samples.Valid);
        workspace.Write("repo/my journeys #1/broken.journey", Samples.SyntaxError);

        using var log = Sarif("check", "repo", "--format", "sarif", "--base-path", "repo");

        var run = log.RootElement.GetProperty("runs")[0];
        var uri = run.GetProperty("results")[0].GetProperty("locations")[0]
            .GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString();
        Assert.Equal("my%20journeys%20%231/broken.journey", uri);
        var srcRoot = run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString();
        Assert.EndsWith("/repo/", srcRoot);
        Assert.StartsWith("file:///", srcRoot);
    }

    [Fact]
    public void Warnaserror_reports_warnings_at_error_level()
    {
        using var log = Sarif("check", "journeys/spare.journey", "journeys/welcome.journey", "--format", "sarif", "--warnaserror");

        var result = Assert.Single(log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
        Assert.Equal("MA2018", result.GetProperty("ruleId").GetString());
        Assert.Equal("error", result.GetProperty("level").GetString());
    }

    private JsonDocument Sarif(params string[] args)
    {
        var result = workspace.Ma(args);
        Assert.True(result.StdErr.Length == 0, result.ToString());
        return JsonDocument.Parse(result.StdOut);
    }
}
