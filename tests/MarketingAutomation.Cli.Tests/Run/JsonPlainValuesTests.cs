using System.Text.Json;
using MarketingAutomation.Hosting.Input;
using MarketingAutomation.Runtime;
using static MarketingAutomation.Cli.Tests.Run.TestSchema;

namespace MarketingAutomation.Cli.Tests.Run;

/// <summary>JSON values to the runtime's plain values, one kind at a time, and the messages for wrong ones.</summary>
public sealed class JsonPlainValuesTests
{
    [Theory]
    [InlineData(FieldKind.Text, "\"Ala\"", "Ala")]
    [InlineData(FieldKind.Phone, "\"+48600100200\"", "+48600100200")]
    [InlineData(FieldKind.Email, "\"ala@example.com\"", "ala@example.com")]
    [InlineData(FieldKind.TimeZone, "\"Europe/Warsaw\"", "Europe/Warsaw")]
    [InlineData(FieldKind.Bool, "true", true)]
    public void Simple_values_pass_through(FieldKind kind, string json, object expected) =>
        Assert.Equal(expected, Convert(Field("f", kind), json));

    [Fact]
    public void Numbers_and_money_become_decimals()
    {
        Assert.Equal(89.90m, Convert(Field("total", FieldKind.Money), "89.90"));
        Assert.Equal(2m, Convert(Field("items", FieldKind.Number), "2"));
    }

    [Fact]
    public void Dates_times_moments_and_durations_are_parsed()
    {
        Assert.Equal(new DateOnly(1990, 4, 12), Convert(Field("d", FieldKind.Date), "\"1990-04-12\""));
        Assert.Equal(new TimeOnly(9, 30), Convert(Field("t", FieldKind.Time), "\"09:30\""));
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(1)), Convert(Field("m", FieldKind.DateTime), "\"2026-03-02T10:00+01:00\""));
        Assert.Equal(TimeSpan.FromDays(3), Convert(Field("p", FieldKind.Duration), "\"3d\""));
        Assert.Equal(TimeSpan.FromHours(26), Convert(Field("p", FieldKind.Duration), "\"1d 2h\""));
    }

    [Fact]
    public void Enums_are_their_script_names()
    {
        var language = Field("language", FieldKind.Enum, values: ["en", "pl", "de"]);
        Assert.Equal("pl", Convert(language, "\"pl\""));
        Assert.Equal("language: expected one of en, pl, de, got text \"PL\" (did you mean \"pl\"?)", Error(language, "\"PL\""));
    }

    [Fact]
    public void Lists_convert_each_element()
    {
        var roasts = Field("roasts", FieldKind.List, values: ["light", "dark"], element: FieldKind.Enum);
        Assert.Equal(new object?[] { "light", "dark" }, Assert.IsAssignableFrom<IReadOnlyList<object?>>(Convert(roasts, "[\"light\", \"dark\"]")));
        Assert.Equal("roasts[1]: expected one of light, dark, got text \"medium\"", Error(roasts, "[\"light\", \"medium\"]"));
    }

    [Fact]
    public void Null_is_only_for_optional_fields()
    {
        Assert.Null(Convert(Field("birthday", FieldKind.Date, optional: true), "null"));
        Assert.StartsWith("first_name: null is only allowed for optional fields", Error(Field("first_name", FieldKind.Text), "null"));
    }

    [Theory]
    [InlineData(FieldKind.Text, "42", "f: expected text, got a number (42)")]
    [InlineData(FieldKind.Money, "\"89.90\"", "f: expected an amount (a JSON number such as 89.90), got text \"89.90\" (write numbers without quotes)")]
    [InlineData(FieldKind.Bool, "\"yes\"", "f: expected true or false, got text \"yes\" (write true or false without quotes)")]
    [InlineData(FieldKind.Date, "\"12/04/1990\"", "f: expected a date \"yyyy-MM-dd\", got text \"12/04/1990\"")]
    [InlineData(FieldKind.Date, "\"2026-02-30\"", "f: expected a date \"yyyy-MM-dd\", got text \"2026-02-30\"")]
    [InlineData(FieldKind.DateTime, "\"2026-03-02T10:00:00\"", "f: expected a datetime with an offset such as \"2026-03-02T09:00:00Z\", got text \"2026-03-02T10:00:00\"")]
    [InlineData(FieldKind.Time, "\"9am\"", "f: expected a time \"HH:mm\", got text \"9am\"")]
    [InlineData(FieldKind.Email, "\"ala.example.com\"", "f: expected an email address (text with @), got text \"ala.example.com\"")]
    [InlineData(FieldKind.TimeZone, "\"Europe/Warsw\"", "f: expected a time zone such as \"Europe/Warsaw\", got text \"Europe/Warsw\" (not a known time zone id)")]
    [InlineData(FieldKind.Number, "1e40", "f: expected a number, got a number (1e40) (too large)")]
    public void Wrong_values_name_the_field_what_it_expects_and_what_it_got(FieldKind kind, string json, string message) =>
        Assert.Equal(message, Error(Field("f", kind), json));

    [Fact]
    public void Duration_text_accepts_sums_and_refuses_nonsense()
    {
        Assert.True(DurationText.TryParse("2w", out var weeks));
        Assert.Equal(TimeSpan.FromDays(14), weeks);
        Assert.True(DurationText.TryParse("45s", out var seconds));
        Assert.Equal(TimeSpan.FromSeconds(45), seconds);
        Assert.False(DurationText.TryParse("3x", out _));
        Assert.False(DurationText.TryParse("", out _));
        Assert.False(DurationText.TryParse("-3d", out _));
        Assert.False(DurationText.TryParse("99999999999999d", out _));
    }

    [Fact]
    public void Moments_need_an_offset()
    {
        Assert.True(MomentText.TryParse("2026-03-02T09:00:00.5Z", out var moment));
        Assert.Equal(TimeSpan.Zero, moment.Offset);
        Assert.False(MomentText.TryParse("2026-03-02 09:00", out _));
        Assert.False(MomentText.TryParse("2026-13-02T09:00:00Z", out _));
    }

    private static object? Convert(FieldInfo field, string json)
    {
        using var document = JsonDocument.Parse(json);
        Assert.True(JsonPlainValues.TryConvert(document.RootElement, field, field.Name, out var value, out var error), error);
        return value;
    }

    private static string Error(FieldInfo field, string json)
    {
        using var document = JsonDocument.Parse(json);
        Assert.False(JsonPlainValues.TryConvert(document.RootElement, field, field.Name, out _, out var error));
        return error ?? string.Empty;
    }
}
