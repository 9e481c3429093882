using MarketingAutomation.Compiler.Writing;
using MarketingAutomation.Language.Binding;

namespace MarketingAutomation.Compiler.Lowering.Catalog;

/// <summary>
/// `NewEvent` and `ReadEventField`. The runtime's <c>PlainEvents</c> puts the fields a host names
/// in declaration order and reports unknown and missing ones; the generated code is then one
/// object creation per event, each field converted by its converter, and one array of plain values
/// per event to read fields back.
/// </summary>
internal sealed class EventFactoryWriter(SchemaNames names, FieldConversions conversions, ExpressionLowerer expressions)
{
    private const string R = SchemaNames.Runtime;
    private const string Fields = "global::System.Collections.Generic.IReadOnlyDictionary<string, object>";

    public void Write(CSharpWriter w)
    {
        var events = SchemaNames.OrderedEvents(names.Symbols).ToList();
        w.Line($"public override {R}EventData NewEvent(string eventName, global::System.DateTimeOffset occurredAt, {Fields} fields) =>");
        w.Line($"    NewEvent(eventName, occurredAt, {R}PlainEvents.InDeclarationOrder(EventFields, eventName, fields));");
        w.Line();
        w.Line($"public override object ReadEventField({R}EventData @event, string field) =>");
        w.Line($"    {SchemaNames.EventValuesMethod}(@event)[{R}PlainEvents.Position(EventFields, @event.EventName, field)];");
        w.Line();
        w.Open($"private static {R}EventData NewEvent(string eventName, global::System.DateTimeOffset occurredAt, object[] values) => eventName switch");
        foreach (var @event in events)
        {
            Factory(w, @event);
        }

        w.Line($"_ => throw {FieldConversions.PlainValues}UnknownEvent(eventName),");
        w.Close("};");
        w.Line();
        w.Open($"private static object[] {SchemaNames.EventValuesMethod}({R}EventData @event) => @event switch");
        foreach (var @event in events)
        {
            var reads = @event.Fields.Select(f => FieldConversions.ToPlain(f.Type, "e." + names.Property(@event.Name, f.Name))).ToList();
            var values = reads.Count == 0 ? "global::System.Array.Empty<object>()" : $"new object[] {{ {string.Join(", ", reads)} }}";
            w.Line($"{names.EventType(@event.Name)} e => {values},");
        }

        w.Line($"_ => throw {FieldConversions.PlainValues}UnknownEvent(@event.EventName),");
        w.Close("};");
        w.Line();
    }

    private void Factory(CSharpWriter w, EventSymbol @event)
    {
        w.Line($"{CSharpLiteral.String(@event.Name)} => new {names.EventType(@event.Name)}");
        w.Line("{");
        w.Line("    OccurredAt = occurredAt,");
        var fields = @event.Fields;
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            var value = $"values[{i}]";
            var converted = conversions.FromValue(field, @event.Name + "." + field.Name, value);
            if (field.DefaultValue is { } declared)
            {
                // Not given: the declared default, as the class's own initializer has it.
                converted = $"{value} == {R}PlainEvents.NotGiven ? {expressions.Lower(declared, EventScope.None, field.Type).Code} : {converted}";
            }

            w.Line($"    {names.Property(@event.Name, field.Name)} = {converted},");
        }

        w.Line("},");
    }
}
