using MarketingAutomation.Compiler.Writing;
using MarketingAutomation.Language.Binding;
using MarketingAutomation.Runtime;

namespace MarketingAutomation.Compiler.Lowering.Catalog;

/// <summary>
/// The C# that turns a plain value into a field's property type and back, for the catalog's
/// factories. Built-in kinds go through the runtime's <c>PlainValues</c>; enums through the
/// catalog's own `ToXxx` and `ScriptName` methods (<see cref="EnumConversionWriter"/>).
/// </summary>
internal sealed class FieldConversions(SchemaNames names)
{
    public const string PlainValues = SchemaNames.Runtime + "PlainValues.";

    /// <summary><paramref name="value"/> (code giving a plain value or the property's own value) as the field's property type.</summary>
    public string FromValue(FieldSymbol field, string label, string value = "value")
    {
        var labelText = CSharpLiteral.String(label);
        return (field.Type, field.IsOptional) switch
        {
            (EnumType e, true) => $"{value} is null ? null : {names.EnumParser(e)}({value}, {labelText})",
            (EnumType e, false) => $"{names.EnumParser(e)}({value}, {labelText})",
            (ListType l, var optional) => $"{PlainValues}{(optional ? "ListOrNull" : "List")}({value}, {labelText}, {Element(l.Element, 1)})",
            (var type, var optional) => $"{PlainValues}{Converter(type)}{(optional ? "OrNull" : string.Empty)}({value}, {labelText})",
        };
    }

    /// <summary>A property read (<paramref name="code"/>) as the plain value <c>FieldInfo</c> documents.</summary>
    public static string ToPlain(JourneyType type, string code, int depth = 1) => type switch
    {
        EnumType => $"{SchemaNames.ScriptNameMethod}({code})",
        ListType { Element: EnumType } => $"{PlainValues}Plain({code}, {SchemaNames.ScriptNameMethod})",
        ListType { Element: ListType inner } => $"{PlainValues}Plain({code}, static item{depth} => {ToPlain(inner, "item" + depth, depth + 1)})",
        ListType => $"{PlainValues}Plain({code})",
        _ => code,
    };

    /// <summary>The converter of one list element, as a method group (or a lambda for a list of lists).</summary>
    private string Element(JourneyType type, int depth) => type switch
    {
        EnumType e => names.EnumParser(e),
        ListType l => $"static (item{depth}, label{depth}) => {PlainValues}List(item{depth}, label{depth}, {Element(l.Element, depth + 1)})",
        _ => PlainValues + Converter(type),
    };

    private static string Converter(JourneyType type) => type.Kind switch
    {
        TypeKind.Text or TypeKind.Email or TypeKind.Phone or TypeKind.TimeZone or TypeKind.TemplateReference => "Text",
        TypeKind.Number or TypeKind.Money or TypeKind.Percent => "Number",
        TypeKind.Bool => "Bool",
        TypeKind.Date => "Date",
        TypeKind.DateTime => "DateTime",
        TypeKind.Time => "Time",
        TypeKind.Duration => "Duration",
        _ => throw new LoweringException($"a field of type {type.DisplayName} has no plain value"),
    };

    /// <summary>The field's kind as a host sees it (a template name is text).</summary>
    public static FieldKind Kind(JourneyType type) => type.Kind switch
    {
        TypeKind.Text or TypeKind.TemplateReference => FieldKind.Text,
        TypeKind.Number or TypeKind.Percent => FieldKind.Number,
        TypeKind.Money => FieldKind.Money,
        TypeKind.Bool => FieldKind.Bool,
        TypeKind.Date => FieldKind.Date,
        TypeKind.DateTime => FieldKind.DateTime,
        TypeKind.Time => FieldKind.Time,
        TypeKind.Duration => FieldKind.Duration,
        TypeKind.Email => FieldKind.Email,
        TypeKind.Phone => FieldKind.Phone,
        TypeKind.TimeZone => FieldKind.TimeZone,
        TypeKind.Enum => FieldKind.Enum,
        TypeKind.List => FieldKind.List,
        _ => throw new LoweringException($"a field of type {type.DisplayName} has no kind"),
    };
}
