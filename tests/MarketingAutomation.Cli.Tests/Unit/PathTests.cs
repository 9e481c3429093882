using MarketingAutomation.Cli.Output;
using MarketingAutomation.Cli.Output.Sarif;

namespace MarketingAutomation.Cli.Tests.Unit;

public sealed class PathTests
{
    [Theory]
    [InlineData("shop/welcome.journey", "shop/welcome.journey")]
    [InlineData("my journeys/a b.journey", "my%20journeys/a%20b.journey")]
    [InlineData("#1/100%.journey", "%231/100%25.journey")]
    [InlineData("zażółć/a.journey", "za%C5%BC%C3%B3%C5%82%C4%87/a.journey")]
    public void Relative_uris_escape_each_segment(string path, string expected) =>
        Assert.Equal(expected, SarifUris.FromRelativePath(path));

    [Theory]
    [InlineData("/work/main", true, "file:///work/main/")]
    [InlineData("/work/main/", true, "file:///work/main/")]
    [InlineData("/tmp/a #1/x.journey", false, "file:///tmp/a%20%231/x.journey")]
    [InlineData("C:\\repo\\a b", true, "file:///C:/repo/a%20b/")]
    public void File_uris_are_absolute_and_escaped(string path, bool asFolder, string expected) =>
        Assert.Equal(expected, SarifUris.FromFullPath(path, asFolder));

    [Fact]
    public void Repo_relative_paths_use_forward_slashes()
    {
        var root = Path.Combine(Path.GetTempPath(), "repo");

        Assert.Equal("shop/a.journey", RepoRelativePath.Of(Path.Combine(root, "shop", "a.journey"), root));
        Assert.Null(RepoRelativePath.Of(Path.Combine(Path.GetTempPath(), "elsewhere", "a.journey"), root));
        Assert.Null(RepoRelativePath.Of(Path.Combine(Path.GetTempPath(), "repository", "a.journey"), root));
    }

    [Theory]
    [InlineData("./a.journey", "a.journey")]
    [InlineData("././shop/a.journey", "shop/a.journey")]
    [InlineData("../a.journey", "../a.journey")]
    [InlineData(".hidden/a.journey", ".hidden/a.journey")]
    public void Display_paths_drop_a_leading_dot_slash(string path, string expected) =>
        Assert.Equal(expected, DisplayPath.Of(path));

    [Theory]
    [InlineData("Unexpected input", "UnexpectedInput")]
    [InlineData("`event` used where no event is in scope", "EventUsedWhereNoEventIsInScope")]
    [InlineData("Split does not add up to 100%", "SplitDoesNotAddUpTo100")]
    public void Rule_names_are_pascal_case_identifiers(string title, string expected) =>
        Assert.Equal(expected, SarifRules.PascalCase(title));
}
