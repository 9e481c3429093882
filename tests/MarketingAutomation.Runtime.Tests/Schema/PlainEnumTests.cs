
namespace MarketingAutomation.Runtime.Tests.Schema;

/// <summary><see cref="PlainValues.EnumValue{T}"/>: script names by position, the enum's own values as they are.</summary>
public sealed class PlainEnumTests
{
    private static readonly string[] RoastNames = ["light", "medium", "dark"];

    [Fact]
    public void Script_names_give_the_member_at_their_position()
    {
        Assert.Equal(Roast.Light, PlainValues.EnumValue<Roast>("light", "contact.roast", RoastNames));
        Assert.Equal(Roast.Dark, PlainValues.EnumValue<Roast>("dark", "contact.roast", RoastNames));
        Assert.Equal(Roast.Medium, PlainValues.EnumValue<Roast>(Roast.Medium, "contact.roast", RoastNames));
    }

    [Theory]
    [InlineData("Dark", "contact.roast: expected one of light, medium, dark, got \"Dark\".")]
    [InlineData(2, "contact.roast: expected one of light, medium, dark, got a number.")]
    [InlineData(null, "contact.roast: expected one of light, medium, dark, got nothing.")]
    public void Anything_else_is_rejected_naming_the_field(object? value, string message) =>
        Assert.Equal(message, Assert.Throws<ArgumentException>(() => PlainValues.EnumValue<Roast>(value, "contact.roast", RoastNames)).Message);

    private enum Roast
    {
        Light,
        Medium,
        Dark,
    }
}
