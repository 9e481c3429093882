using MarketingAutomation.Cli.Output;

namespace MarketingAutomation.Cli.Tests.Unit;

public sealed class GitHubCommandEscaperTests
{
    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("100%", "100%25")]
    [InlineData("%0A is not a line break", "%250A is not a line break")]
    [InlineData("one\ntwo", "one%0Atwo")]
    [InlineData("one\r\ntwo", "one%0D%0Atwo")]
    [InlineData("a: b, c", "a: b, c")]
    public void Data_escapes_percent_cr_and_lf_only(string value, string expected) =>
        Assert.Equal(expected, GitHubCommandEscaper.EscapeData(value));

    [Theory]
    [InlineData("shop/welcome.journey", "shop/welcome.journey")]
    [InlineData("a:b", "a%3Ab")]
    [InlineData("a,b", "a%2Cb")]
    [InlineData("50%", "50%25")]
    [InlineData("x\ny\rz", "x%0Ay%0Dz")]
    [InlineData("C:\\a,b%:", "C%3A\\a%2Cb%25%3A")]
    public void Properties_also_escape_colon_and_comma(string value, string expected) =>
        Assert.Equal(expected, GitHubCommandEscaper.EscapeProperty(value));
}
