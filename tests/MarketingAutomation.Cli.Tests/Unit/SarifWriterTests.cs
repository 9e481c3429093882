using System.Text.Json;
using MarketingAutomation.Cli.Check;
using MarketingAutomation.Cli.Output.Sarif;

namespace MarketingAutomation.Cli.Tests.Unit;

public sealed class SarifWriterTests
{
    private static readonly string BasePath = Path.Combine(Path.GetTempPath(), "repo");

    [Fact]
    public void A_file_outside_the_base_path_gets_an_absolute_uri_without_a_base()
    {
        var outside = Path.Combine(Path.GetTempPath(), "elsewhere", "a b.journey");

        var location = FirstArtifactLocation(DiagnosticFactory.Create("x", 0, 1, path: outside));

        Assert.Equal(SarifUris.FromFullPath(outside), location.GetProperty("uri").GetString());
        Assert.StartsWith("file:///", location.GetProperty("uri").GetString());
        Assert.EndsWith("/elsewhere/a%20b.journey", location.GetProperty("uri").GetString());
        Assert.False(location.TryGetProperty("uriBaseId", out _));
    }

    [Fact]
    public void A_file_inside_the_base_path_is_relative_to_srcroot()
    {
        var location = FirstArtifactLocation(DiagnosticFactory.Create("x", 0, 1, path: Path.Combine(BasePath, "shop", "a.journey")));

        Assert.Equal("shop/a.journey", location.GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", location.GetProperty("uriBaseId").GetString());
    }

    private static JsonElement FirstArtifactLocation(MarketingAutomation.Language.Diagnostics.Diagnostic diagnostic)
    {
        var output = new StringWriter();
        new SarifWriter(BasePath).Write(new CheckReport([diagnostic], 1), output);
        using var document = JsonDocument.Parse(output.ToString());
        return document.RootElement.GetProperty("runs")[0].GetProperty("results")[0]
            .GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").Clone();
    }
}
