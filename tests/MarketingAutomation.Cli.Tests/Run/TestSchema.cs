using MarketingAutomation.Hosting.Input;
using MarketingAutomation.Runtime;

namespace MarketingAutomation.Cli.Tests.Run;

/// <summary>A small hand-written schema for the input readers, so they are tested without compiling a workspace.</summary>
internal static class TestSchema
{
    public static FieldInfo Field(string name, FieldKind kind, bool optional = false, bool hasDefault = false, string[]? values = null, FieldKind? element = null) =>
        new(name, kind, optional, hasDefault, values, element);

    public static InputSchema Shop { get; } = new(
        [
            Field("email", FieldKind.Email),
            Field("first_name", FieldKind.Text),
            Field("language", FieldKind.Enum, hasDefault: true, values: ["en", "pl", "de"]),
            Field("birthday", FieldKind.Date, optional: true),
            Field("marketing_consent", FieldKind.Bool, hasDefault: true),
            Field("interests", FieldKind.List, optional: true, element: FieldKind.Text),
            Field("timezone", FieldKind.TimeZone, hasDefault: true),
        ],
        new Dictionary<string, IReadOnlyList<FieldInfo>>(StringComparer.Ordinal)
        {
            ["signed_up"] = [Field("source", FieldKind.Enum, values: ["web", "app", "popup"])],
            ["order_placed"] = [Field("order_id", FieldKind.Text), Field("total", FieldKind.Money)],
            ["email.opened"] = [Field("template", FieldKind.Text)],
        });
}
