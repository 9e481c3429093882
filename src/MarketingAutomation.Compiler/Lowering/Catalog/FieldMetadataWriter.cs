using MarketingAutomation.Compiler.Writing;
using MarketingAutomation.Language.Binding;

namespace MarketingAutomation.Compiler.Lowering.Catalog;

/// <summary>`ContactFields` and `EventFields`: each declared field as a <c>FieldInfo</c>, in declaration order.</summary>
internal static class FieldMetadataWriter
{
    private const string R = SchemaNames.Runtime;
    private const string List = "global::System.Collections.Generic.IReadOnlyList<" + R + "FieldInfo>";

    public static void Write(CSharpWriter w, SymbolTable symbols)
    {
        w.Open($"public override {List} ContactFields {{ get; }} = new {R}FieldInfo[]");
        foreach (var field in symbols.Contact?.Fields ?? [])
        {
            w.Line(Info(field) + ",");
        }

        w.Close("};");
        w.Line();
        w.Open($"public override global::System.Collections.Generic.IReadOnlyDictionary<string, {List}> EventFields {{ get; }} = new global::System.Collections.Generic.Dictionary<string, {List}>(global::System.StringComparer.Ordinal)");
        foreach (var @event in SchemaNames.OrderedEvents(symbols))
        {
            w.Open($"[{CSharpLiteral.String(@event.Name)}] = new {R}FieldInfo[]");
            foreach (var field in @event.Fields)
            {
                w.Line(Info(field) + ",");
            }

            w.Close("},");
        }

        w.Close("};");
        w.Line();
    }

    private static string Info(FieldSymbol field)
    {
        var info = $"new({CSharpLiteral.String(field.Name)}, {FieldConversions.Kind(field.Type)}, Optional: {CSharpLiteral.Bool(field.IsOptional)}, HasDefault: {CSharpLiteral.Bool(field.HasDefault)}";
        var element = field.Type is ListType list ? list.Element : null;
        if ((element ?? field.Type) is EnumType e)
        {
            info += $", EnumValues: new string[] {{ {string.Join(", ", e.Values.Select(CSharpLiteral.String))} }}";
        }

        if (element is not null)
        {
            info += $", ElementKind: {FieldConversions.Kind(element)}";
        }

        return info + ")";
    }
}
