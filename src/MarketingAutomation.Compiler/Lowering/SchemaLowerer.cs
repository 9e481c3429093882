using MarketingAutomation.Compiler.Writing;
using MarketingAutomation.Language.Binding;
using MarketingAutomation.Language.Syntax;

namespace MarketingAutomation.Compiler.Lowering;

/// <summary>
/// The workspace's schema as C#: enums, the contact class with its defaults, one class per event,
/// and the segments. Properties are set only inside the generated assembly: by the factories'
/// initialisers, and on the contact's own fresh `Copy()` where a journey or a host changes a field.
/// </summary>
internal sealed class SchemaLowerer(SchemaNames names, ExpressionLowerer expressions, SourceLines lines)
{
    public string Write()
    {
        var w = new CSharpWriter();
        GeneratedFile.Header(w);
        foreach (var (_, name, members) in names.Enums)
        {
            w.Open("public enum " + name);
            foreach (var member in members.Values)
            {
                w.Line(member + ",");
            }

            w.Close();
            w.Line();
        }

        if (names.Symbols.Contact is { } contact)
        {
            Record(w, SchemaNames.ContactType, "ContactProfile", "contact", contact, eventName: null);
        }

        foreach (var @event in SchemaNames.OrderedEvents(names.Symbols))
        {
            Record(w, names.EventType(@event.Name), "EventData", @event.Name, @event, @event.Name);
        }

        Segments(w);
        GeneratedFile.Footer(w);
        return w.ToString();
    }

    private void Record(CSharpWriter w, string typeName, string baseType, string owner, RecordSymbol record, string? eventName)
    {
        w.Open($"public sealed class {typeName} : {SchemaNames.Runtime}{baseType}");
        if (eventName is not null)
        {
            w.Line($"public override string EventName => {CSharpLiteral.String(eventName)};");
            w.Line();
        }
        else
        {
            w.Line($"internal {typeName} {SchemaNames.CopyMethod}() => ({typeName})MemberwiseClone();");
            w.Line();
        }

        foreach (var field in record.Fields)
        {
            // `?` only where it makes a Nullable<T>: generated code has no nullable reference annotations (GeneratedFile).
            var type = names.TypeOf(field.Type) + (field.IsOptional && SchemaNames.IsValueType(field.Type) ? "?" : string.Empty);
            w.Line($"public {type} {names.Property(owner, field.Name)} {{ get; internal set; }}{Initializer(field)}");
        }

        w.Close();
        w.Line();
    }

    /// <summary>The declared default, or a harmless empty value so non-optional references are never null.</summary>
    private string Initializer(FieldSymbol field)
    {
        if (field.DefaultValue is { } value)
        {
            return " = " + expressions.Lower(value, EventScope.None, field.Type).Code + ";";
        }

        if (field.IsOptional)
        {
            return string.Empty;
        }

        return field.Type switch
        {
            ListType => " = [];",
            { IsTextLike: true } or { Kind: TypeKind.TemplateReference } => " = \"\";",
            _ => string.Empty,
        };
    }

    private void Segments(CSharpWriter w)
    {
        w.Open($"public static class {SchemaNames.SegmentsType}");
        foreach (var segment in names.Symbols.Segments.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            w.Open($"public static bool {names.Segment(segment.Name)}({SchemaNames.ContactType} contact, {SchemaNames.Runtime}IJourneyContext context)");
            lines.At(w, segment.Source, segment.Syntax.Condition.Span);
            w.Line("return " + expressions.Condition(segment.Syntax.Condition, EventScope.None) + ";");
            lines.Default(w);
            w.Close();
            w.Line();
        }

        if (names.Symbols.Stages.Count > 0)
        {
            var stages = SchemaNames.LifecycleStages(names.Symbols);
            w.Line("/// <summary>The contact's lifecycle stage as the stage enum.</summary>");
            w.Open($"public static {names.EnumName(stages)}? Stage(string stage) => stage switch");
            foreach (var stage in stages.Values)
            {
                w.Line($"{CSharpLiteral.String(stage)} => {names.EnumMember(stages, stage)},");
            }

            w.Line("_ => null,");
            w.Close("};");
        }

        w.Close();
    }
}
