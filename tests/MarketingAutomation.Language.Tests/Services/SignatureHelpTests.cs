using MarketingAutomation.Language.Services;

namespace MarketingAutomation.Language.Tests.Services;

public sealed class SignatureHelpTests
{
    private static SignatureHelp? At(string main)
    {
        var workspace = ServiceWorkspace.Create(main);
        return SignatureHelpService.GetSignatureHelp(workspace.Compilation, workspace.Tree, workspace.Position);
    }

    [Fact]
    public void Inside_a_built_in_call_the_signature_is_shown()
    {
        var help = Assert.IsType<SignatureHelp>(At("segment s = count(|"));
        Assert.Equal("count(event within 30d)", help.Label);
        Assert.Equal(["event within 30d"], help.Parameters);
        Assert.Equal(0, help.ActiveParameter);
        Assert.Contains("How often", help.Documentation, StringComparison.Ordinal);
        Assert.Contains(help.Parameters[0], help.Label, StringComparison.Ordinal);
    }

    [Fact]
    public void Nested_calls_show_the_innermost() =>
        Assert.Equal("score(score)", Assert.IsType<SignatureHelp>(At("segment s = days_since(contact.birthday) > score(engage|")).Label);

    [Fact]
    public void A_closed_call_or_an_unknown_function_has_no_signature()
    {
        Assert.Null(At("segment s = count(order_placed) > |"));
        Assert.Null(At("segment s = mystery(|"));
        Assert.Null(At("segment s = (|"));
    }
}
