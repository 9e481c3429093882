using MarketingAutomation.Compiler.Writing;
using MarketingAutomation.Language.Binding;

namespace MarketingAutomation.Compiler.Lowering.Catalog;

/// <summary>
/// For each enum a field uses: its script names as an array in member order, `ToXxx`, which accepts
/// a script name (exact, case-sensitive) or the generated enum value, and `ScriptName`, which gives
/// the script name back. The array is the whole table: the runtime's <c>PlainValues.EnumValue</c>
/// looks names up in it, and a member's number is its index, so hosts convert enums without
/// reflection and without `Enum.Parse` guessing at case.
/// </summary>
internal static class EnumConversionWriter
{
    public static void Write(CSharpWriter w, SchemaNames names)
    {
        var used = UsedEnums(names.Symbols).Select(names.EnumName).ToHashSet(StringComparer.Ordinal);
        if (used.Count == 0)
        {
            return;
        }

        w.Line("// Enum values to and from the names scripts write.");
        w.Open($"public override object Plain(object value) => value switch");
        foreach (var (_, name, _) in names.Enums.Where(e => used.Contains(e.Name)))
        {
            w.Line($"{name} typed => {SchemaNames.ScriptNameMethod}(typed),");
            w.Line($"global::System.Collections.Generic.IReadOnlyList<{name}> list => {FieldConversions.PlainValues}Plain(list, {SchemaNames.ScriptNameMethod}),");
        }

        w.Line("_ => value,");
        w.Close("};");
        w.Line();
        foreach (var (key, name, members) in names.Enums.Where(e => used.Contains(e.Name)))
        {
            var scriptNames = names.EnumScriptNames(key);
            w.Line($"private static readonly string[] {scriptNames} = {{ {string.Join(", ", members.Keys.Select(CSharpLiteral.String))} }};");
            w.Line();
            w.Line($"private static {name} {names.EnumParser(key)}(object value, string field) => {FieldConversions.PlainValues}EnumValue<{name}>(value, field, {scriptNames});");
            w.Line();
            w.Line($"private static string {SchemaNames.ScriptNameMethod}({name} value) => {scriptNames}[(int)value];");
            w.Line();
            w.Line($"private static string {SchemaNames.ScriptNameMethod}({name}? value) => value is {{ }} known ? {SchemaNames.ScriptNameMethod}(known) : null;");
            w.Line();
        }
    }

    private static IEnumerable<EnumType> UsedEnums(SymbolTable symbols)
    {
        var records = symbols.Contact is { } contact ? SchemaNames.OrderedEvents(symbols).Prepend<RecordSymbol>(contact) : SchemaNames.OrderedEvents(symbols);
        return records.SelectMany(r => r.Fields).Select(f => f.Type).SelectMany(Enums);
    }

    private static IEnumerable<EnumType> Enums(JourneyType type) => type switch
    {
        EnumType e => [e],
        ListType l => Enums(l.Element),
        _ => [],
    };
}
