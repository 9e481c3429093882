using MarketingAutomation.Compiler.Writing;
using MarketingAutomation.Language.Binding;

namespace MarketingAutomation.Compiler.Lowering.Catalog;

/// <summary>
/// `NewEvent` and `ReadEventField` dispatch on the event's name (or record type) to one small
/// method per event: `NewXxxEvent` applies each given field with `with` and then checks that every
/// required field was given; `ReadEvent` reads one field back as a plain value.
/// </summary>
internal sealed class EventFactoryWriter(SchemaNames names, FieldConversions conversions)
{
    private const string R = SchemaNames.Runtime;
    private const string Fields = "global::System.Collections.Generic.IReadOnlyDictionary<string, object>";

    public void Write(CSharpWriter w)
    {
        var events = SchemaNames.OrderedEvents(names.Symbols).ToList();
        w.Open($"public override {R}EventData NewEvent(string eventName, global::System.DateTimeOffset occurredAt, {Fields} fields) => eventName switch");
        foreach (var @event in events)
        {
            w.Line($"{CSharpLiteral.String(@event.Name)} => {names.EventFactory(@event.Name)}(occurredAt, fields),");
        }

        w.Line($"_ => throw {FieldConversions.PlainValues}UnknownEvent(eventName),");
        w.Close("};");
        w.Line();
        w.Open($"public override object ReadEventField({R}EventData @event, string field) => @event switch");
        foreach (var @event in events)
        {
            w.Line($"{names.EventType(@event.Name)} e => {SchemaNames.ReadEventMethod}(e, field),");
        }

        w.Line($"_ => throw {FieldConversions.PlainValues}UnknownEvent(@event.EventName),");
        w.Close("};");
        w.Line();
        foreach (var @event in events)
        {
            Factory(w, @event);
            Reader(w, @event);
        }
    }

    private void Factory(CSharpWriter w, EventSymbol @event)
    {
        var type = names.EventType(@event.Name);
        var name = CSharpLiteral.String(@event.Name);
        w.Open($"private static {type} {names.EventFactory(@event.Name)}(global::System.DateTimeOffset occurredAt, {Fields} fields)");
        w.Line($"var e = new {type} {{ OccurredAt = occurredAt }};");
        w.Open("foreach (var (field, value) in fields)");
        w.Open("e = field switch");
        foreach (var field in @event.Fields)
        {
            var property = names.Property(@event.Name, field.Name);
            w.Line($"{CSharpLiteral.String(field.Name)} => e with {{ {property} = {conversions.FromValue(field, @event.Name + "." + field.Name)} }},");
        }

        w.Line($"_ => throw {FieldConversions.PlainValues}UnknownField({name}, field),");
        w.Close("};");
        w.Close();
        w.Line();
        var required = @event.Fields.Where(f => f.IsRequired).Select(f => CSharpLiteral.String(f.Name)).ToList();
        if (required.Count > 0)
        {
            w.Line($"{FieldConversions.PlainValues}Require(fields, {name}, {string.Join(", ", required)});");
        }

        w.Line("return e;");
        w.Close();
        w.Line();
    }

    private void Reader(CSharpWriter w, EventSymbol @event)
    {
        w.Open($"private static object {SchemaNames.ReadEventMethod}({names.EventType(@event.Name)} e, string field) => field switch");
        foreach (var field in @event.Fields)
        {
            w.Line($"{CSharpLiteral.String(field.Name)} => {FieldConversions.ToPlain(field.Type, "e." + names.Property(@event.Name, field.Name))},");
        }

        w.Line($"_ => throw {FieldConversions.PlainValues}UnknownField({CSharpLiteral.String(@event.Name)}, field),");
        w.Close("};");
        w.Line();
    }
}
