using MarketingAutomation.Compiler.Tests.Infrastructure;

namespace MarketingAutomation.Compiler.Tests;

/// <summary>
/// Pins the generated C# of the examples. Set MA_UPDATE_BASELINES=1 (tests/update-baselines.sh)
/// to rewrite the checked-in files, then review the diff.
/// </summary>
public sealed class GeneratedCodeBaselineTests
{
    [Theory]
    [InlineData("shop")]
    [InlineData("b2b")]
    public void Generated_code_matches_the_baseline(string example)
    {
        var result = Builds.Example(example);
        Assert.True(result.Success);
        var folder = Path.Combine(Repository.Root, "tests", "MarketingAutomation.Compiler.Tests", "Baselines", example);
        var update = Environment.GetEnvironmentVariable("MA_UPDATE_BASELINES") == "1";
        if (update)
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            Directory.CreateDirectory(folder);
        }

        var expectedFiles = Directory.Exists(folder) ? Directory.GetFiles(folder).Select(f => Path.GetFileName(f) ?? string.Empty).Order().ToList() : [];
        var actual = result.Sources.Select(s => s.FileName).Order().ToList();
        foreach (var source in result.Sources)
        {
            var path = Path.Combine(folder, source.FileName);
            if (update)
            {
                File.WriteAllText(path, source.Text);
                continue;
            }

            Assert.True(File.Exists(path), $"No baseline {path}; run tests/update-baselines.sh");
            Assert.Equal(File.ReadAllText(path), source.Text);
        }

        if (!update)
        {
            Assert.Equal(expectedFiles, actual);
        }
    }
}
