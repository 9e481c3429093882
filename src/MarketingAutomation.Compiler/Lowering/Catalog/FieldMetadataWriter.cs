using MarketingAutomation.Compiler.Writing;
using MarketingAutomation.Language.Binding;
using MarketingAutomation.Runtime;

namespace MarketingAutomation.Compiler.Lowering.Catalog;

/// <summary>
/// `ContactFields` and `EventFields`: each record's declared fields, in declaration order, as one
/// <see cref="FieldList"/> line (`order_id: text, total: money, ...`) the runtime reads once.
/// </summary>
internal static class FieldMetadataWriter
{
    private const string R = SchemaNames.Runtime;
    private const string List = "global::System.Collections.Generic.IReadOnlyList<" + R + "FieldInfo>";

    public static void Write(CSharpWriter w, SymbolTable symbols)
    {
        w.Line($"public override {List} ContactFields {{ get; }} = {Parse(symbols.Contact?.Fields ?? [])};");
        w.Line();
        w.Open($"public override global::System.Collections.Generic.IReadOnlyDictionary<string, {List}> EventFields {{ get; }} = new global::System.Collections.Generic.Dictionary<string, {List}>(global::System.StringComparer.Ordinal)");
        foreach (var @event in SchemaNames.OrderedEvents(symbols))
        {
            w.Line($"[{CSharpLiteral.String(@event.Name)}] = {Parse(@event.Fields)},");
        }

        w.Close("};");
        w.Line();
    }

    private static string Parse(IEnumerable<FieldSymbol> fields) =>
        $"{R}FieldList.Parse({CSharpLiteral.String(FieldList.Describe(fields.Select(Info)))})";

    private static FieldInfo Info(FieldSymbol field)
    {
        var element = field.Type is ListType list ? list.Element : null;
        var enumValues = (element ?? field.Type) is EnumType e ? e.Values.ToArray() : null;
        var elementKind = element is null ? (FieldKind?)null : FieldConversions.Kind(element);
        return new FieldInfo(field.Name, FieldConversions.Kind(field.Type), field.IsOptional, field.HasDefault, enumValues, elementKind);
    }
}
