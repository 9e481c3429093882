using System.Globalization;
using MarketingAutomation.Runtime;

namespace MarketingAutomation.Runtime.Tests;

public class PlainTextTests
{
    // A plain list, not theory data: values equal as decimals but of another scale (25 and 25.00)
    // would be folded into one case.
    private static readonly (decimal Value, string Expected)[] Numbers =
    [
        (25m, "25"),
        (25.00m, "25"),
        (-30m, "-30"),
        (12.5m, "12.5"),
        (12.50m, "12.5"),
        (0.0001m, "0.0001"),
        (0m, "0"),
        (0.0000m, "0"),
        (decimal.Negate(0m), "0"),
        (-0.0000m, "0"),
        (9223372036854775807m, "9223372036854775807"),
        (9223372036854775808m, "9223372036854775808"),
        (decimal.MaxValue, "79228162514264337593543950335"),
        (decimal.MinValue, "-79228162514264337593543950335"),
    ];

    [Fact]
    public void Numbers_are_written_as_scripts_write_them()
    {
        foreach (var (value, expected) in Numbers)
        {
            Assert.Equal(expected, PlainText.Of(value));
            Assert.Equal(expected, PlainText.Of((object)value));
        }
    }

    [Fact]
    public void Whole_numbers_read_the_same_through_either_formatter()
    {
        var random = new Random(7);
        for (var i = 0; i < 10_000; i++)
        {
            var value = (decimal)random.NextInt64(long.MinValue, long.MaxValue) / (i % 3 == 0 ? 1 : 1000);
            Assert.Equal(value.ToString("0.############################", CultureInfo.InvariantCulture), PlainText.Of(value));
        }
    }
}
