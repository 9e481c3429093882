using MarketingAutomation.Cli.Output;

namespace MarketingAutomation.Cli.Tests.Unit;

public sealed class ColorPolicyTests
{
    [Fact]
    public void A_terminal_gets_colour() => Assert.True(Decide(redirected: false));

    [Fact]
    public void Redirected_output_gets_none() => Assert.False(Decide(redirected: true));

    [Fact]
    public void The_no_color_option_turns_it_off() => Assert.False(Decide(redirected: false, noColorOption: true));

    [Fact]
    public void NO_COLOR_turns_it_off() => Assert.False(Decide(redirected: false, noColor: "1"));

    [Fact]
    public void An_empty_NO_COLOR_does_not() => Assert.True(Decide(redirected: false, noColor: ""));

    [Fact]
    public void A_dumb_terminal_gets_none() => Assert.False(Decide(redirected: false, term: "dumb"));

    private static bool Decide(bool redirected, bool noColorOption = false, string? noColor = null, string? term = "xterm")
    {
        var console = new CliConsole(TextWriter.Null, TextWriter.Null, redirected, name => name switch
        {
            "NO_COLOR" => noColor,
            "TERM" => term,
            _ => null,
        });
        return ColorPolicy.ShouldUseColor(noColorOption, console);
    }
}
