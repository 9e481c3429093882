using MarketingAutomation.Compiler.Tests.Infrastructure;

namespace MarketingAutomation.Compiler.Tests;

public sealed class ExampleBuildTests
{
    [Theory]
    [InlineData("shop")]
    [InlineData("b2b")]
    public void Example_builds_without_diagnostics_errors(string example)
    {
        var result = Builds.Example(example);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        var catalog = Builds.Load(result);
        Assert.Equal(result.Manifest?.Journeys.Count, catalog.Journeys.Count);
    }
}
