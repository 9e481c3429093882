using System.Text.Json;

namespace MarketingAutomation.Server.Tests.Storage;

/// <summary>The reused JSON buffer: each text is whole and only itself, whatever was built before or around it.</summary>
public sealed class JsonBuilderTests
{
    [Fact]
    public void A_short_text_after_a_long_one_has_nothing_of_the_long_one()
    {
        var longText = JsonBuilder.Write(new string('x', 5_000), static (writer, text) => writer.WriteStringValue(text));
        var shortText = JsonBuilder.Write(42, static (writer, n) => writer.WriteNumberValue(n));

        Assert.Equal(5_002, longText.Length);
        Assert.Equal("42", shortText);
    }

    [Fact]
    public void A_text_built_while_another_is_being_built_leaves_the_outer_one_intact()
    {
        var outer = JsonBuilder.Write(0, static (writer, _) =>
        {
            writer.WriteStartObject();
            writer.WriteString("inner", JsonBuilder.Write("ą", static (inner, text) => inner.WriteStringValue(text)));
            writer.WriteEndObject();
        });

        Assert.Equal("\"\\u0105\"", JsonDocument.Parse(outer).RootElement.GetProperty("inner").GetString());
    }

    [Fact]
    public void A_text_larger_than_the_kept_buffer_is_whole_and_the_next_one_is_right()
    {
        var values = Enumerable.Range(0, 20_000).ToArray();
        var large = JsonBuilder.Write(values, static (writer, numbers) =>
        {
            writer.WriteStartArray();
            foreach (var n in numbers)
            {
                writer.WriteNumberValue(n);
            }

            writer.WriteEndArray();
        });

        Assert.Equal(values, JsonSerializer.Deserialize<int[]>(large));
        Assert.Equal("[]", JsonBuilder.Write(0, static (writer, _) =>
        {
            writer.WriteStartArray();
            writer.WriteEndArray();
        }));
    }

    [Fact]
    public void The_UTF8_form_is_the_text_encoded()
    {
        static void Write(Utf8JsonWriter writer, string text) => writer.WriteStringValue(text);
        var text = JsonBuilder.Write("zażółć €", Write);

        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(text), JsonBuilder.WriteUtf8("zażółć €", Write));
    }

    [Fact]
    public void A_writer_that_threw_does_not_spoil_the_next_text()
    {
        Assert.Throws<InvalidOperationException>(() => JsonBuilder.Write(0, static (writer, _) =>
        {
            writer.WriteStartObject();
            throw new InvalidOperationException("stopped halfway");
        }));

        Assert.Equal("true", JsonBuilder.Write(true, static (writer, value) => writer.WriteBooleanValue(value)));
    }
}
