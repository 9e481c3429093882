
namespace MarketingAutomation.Runtime.Tests.Schema;

/// <summary>Field descriptions as the generated catalog writes them: every shape reads back as it was described.</summary>
public sealed class FieldListTests
{
    public static TheoryData<FieldInfo> Shapes() =>
    [
        new FieldInfo("email", FieldKind.Email, Optional: false, HasDefault: false),
        new FieldInfo("phone", FieldKind.Phone, Optional: true, HasDefault: false),
        new FieldInfo("timezone", FieldKind.TimeZone, Optional: false, HasDefault: true),
        new FieldInfo("seen_at", FieldKind.DateTime, Optional: true, HasDefault: true),
        new FieldInfo("tier", FieldKind.Enum, Optional: false, HasDefault: true, EnumValues: ["standard", "gold"]),
        new FieldInfo("tags", FieldKind.List, Optional: true, HasDefault: false, ElementKind: FieldKind.Text),
        new FieldInfo("badges", FieldKind.List, Optional: false, HasDefault: false, EnumValues: ["bronze", "gold"], ElementKind: FieldKind.Enum),
        new FieldInfo("scores", FieldKind.List, Optional: false, HasDefault: true, ElementKind: FieldKind.List),
    ];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Every_shape_reads_back_as_described(FieldInfo field)
    {
        var parsed = Assert.Single(FieldList.Parse(FieldList.Describe([field])));
        Assert.Equal(field with { EnumValues = null }, parsed with { EnumValues = null });
        Assert.Equal(field.EnumValues, parsed.EnumValues);
    }

    [Fact]
    public void A_record_reads_back_in_declaration_order()
    {
        var description = "order_id: text, total: money, category: enum(beans, grinders), notes: list(text)?, tier: enum(a, b) = default";
        var fields = FieldList.Parse(description);
        Assert.Equal(["order_id", "total", "category", "notes", "tier"], fields.Select(f => f.Name));
        Assert.Equal(description, FieldList.Describe(fields));
        Assert.Empty(FieldList.Parse(string.Empty));
    }

    [Theory]
    [InlineData("total money")]
    [InlineData("total: cash")]
    [InlineData("category: enum()")]
    [InlineData("tags: list(text")]
    [InlineData("a: text,b: text")]
    public void Anything_else_is_a_format_error(string description) =>
        Assert.Throws<FormatException>(() => FieldList.Parse(description));
}
