using MarketingAutomation.Compiler.Writing;
using MarketingAutomation.Language.Binding;

namespace MarketingAutomation.Compiler.Lowering.Catalog;

/// <summary>
/// `NewEvent` and `ReadEventField`. The runtime's <c>PlainEvents</c> puts the fields a host names
/// in declaration order and reports unknown and missing ones; the generated code is then one
/// object creation per event, each field converted by its converter, and to read a field back, a
/// switch on the event's type and the field's position.
/// </summary>
/// <remarks>
/// Reading one field gives that field alone. It used to build an array of all the event's plain
/// values and pick one, and storing an event reads each of its fields: an array and a boxed
/// number for every field of every field, the largest source of arrays in the server's event path.
/// </remarks>
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
        w.Line($"    {SchemaNames.EventValueMethod}(@event, {R}PlainEvents.Position(EventFields, @event.EventName, field));");
        w.Line();
        w.Open($"private static {R}EventData NewEvent(string eventName, global::System.DateTimeOffset occurredAt, object[] values) => eventName switch");
        foreach (var @event in events)
        {
            Factory(w, @event);
        }

        w.Line($"_ => throw {FieldConversions.PlainValues}UnknownEvent(eventName),");
        w.Close("};");
        w.Line();
        // The position is one PlainEvents found among the event's fields, so the last field needs
        // no test, and an event without fields never gets here (no position exists for it). Each
        // read is cast to object: without it, a switch whose fields were all numbers would take
        // their common type, and a whole number would come back as a decimal.
        w.Open($"private static object {SchemaNames.EventValueMethod}({R}EventData @event, int position) => @event switch");
        foreach (var @event in events.Where(e => e.Fields.Count > 0))
        {
            var reads = @event.Fields.Select(f => "(object)" + FieldConversions.ToPlain(f.Type, "e." + names.Property(@event.Name, f.Name))).ToList();
            var arms = reads.Select((read, i) => i == reads.Count - 1 ? $"_ => {read}" : $"{i} => {read}");
            var value = reads.Count == 1 ? reads[0] : $"position switch {{ {string.Join(", ", arms)} }}";
            w.Line($"{names.EventType(@event.Name)} e => {value},");
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
