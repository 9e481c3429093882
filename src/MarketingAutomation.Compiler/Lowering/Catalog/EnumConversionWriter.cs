using MarketingAutomation.Compiler.Writing;
using MarketingAutomation.Language.Binding;

namespace MarketingAutomation.Compiler.Lowering.Catalog;

/// <summary>
/// For each enum a field uses: `ToXxx`, which accepts the script name (exact, case-sensitive) or
/// the generated enum value, and `ScriptName`, which gives the script name back. Written as
/// switches, so hosts convert enums without reflection and without `Enum.Parse` guessing at case.
/// </summary>
internal static class EnumConversionWriter
{
    public static void Write(CSharpWriter w, SchemaNames names)
    {
        var used = UsedEnums(names.Symbols).Select(names.EnumName).ToHashSet(StringComparer.Ordinal);
        if (used.Count > 0)
        {
            w.Line("// Enum values to and from the names scripts write.");
            w.Open($"public override object Plain(object value) => value switch");
            foreach (var (_, name, _) in names.Enums.Where(e => used.Contains(e.Name)))
            {
                w.Line($"{name} typed => {SchemaNames.ScriptNameMethod}(typed),");
                w.Line($"global::System.Collections.Generic.IReadOnlyList<{name}> list => {FieldConversions.PlainValues}Plain(list, static item => (object){SchemaNames.ScriptNameMethod}(item)),");
            }

            w.Line("_ => value,");
            w.Close("};");
            w.Line();
        }

        foreach (var (key, name, members) in names.Enums.Where(e => used.Contains(e.Name)))
        {
            var parser = names.EnumParser(key);
            w.Open($"private static {name} {parser}(object value, string field) => value switch");
            w.Line($"{name} typed => typed,");
            foreach (var (value, member) in members)
            {
                w.Line($"{CSharpLiteral.String(value)} => {name}.{member},");
            }

            var scriptNames = string.Join(", ", members.Keys.Select(CSharpLiteral.String));
            w.Line($"_ => throw {FieldConversions.PlainValues}NotOneOf(value, field, {scriptNames}),");
            w.Close("};");
            w.Line();
            w.Open($"private static string {SchemaNames.ScriptNameMethod}({name} value) => value switch");
            foreach (var (value, member) in members)
            {
                w.Line($"{name}.{member} => {CSharpLiteral.String(value)},");
            }

            w.Line("_ => throw new global::System.ArgumentOutOfRangeException(nameof(value)),");
            w.Close("};");
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
