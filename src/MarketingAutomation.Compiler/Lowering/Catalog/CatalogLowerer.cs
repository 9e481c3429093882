using MarketingAutomation.Compiler.Writing;
using MarketingAutomation.Language.Binding;
using MarketingAutomation.Language.Syntax;

namespace MarketingAutomation.Compiler.Lowering.Catalog;

/// <summary>
/// The workspace's entry point, `WorkspaceCatalog.g.cs`: journeys, segments, score rules and event
/// types listed once, then the schema facts and value factories hosts use (the writers beside this file).
/// </summary>
internal sealed class CatalogLowerer(SchemaNames names, ExpressionLowerer expressions, IReadOnlyList<PolicyDeclarationSyntax> policies)
{
    private const string R = SchemaNames.Runtime;

    public string Write(string contentHash)
    {
        var symbols = names.Symbols;
        var w = new CSharpWriter();
        GeneratedFile.Header(w);
        w.Open($"public sealed class {SchemaNames.CatalogType} : {R}JourneyCatalog");
        w.Line($"public override string ContentHash => {CSharpLiteral.String(contentHash)};");
        w.Line();
        var journeys = symbols.Journeys.OrderBy(j => j.Name, StringComparer.Ordinal).Select(j => $"new {names.Journey(j.Name)}()");
        w.Line($"public override global::System.Collections.Generic.IReadOnlyList<{R}CompiledJourney> Journeys {{ get; }} = new {R}CompiledJourney[] {{ {string.Join(", ", journeys)} }};");
        w.Line();
        w.Open($"public override global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Func<{R}IJourneyContext, bool>> Segments {{ get; }} = new global::System.Collections.Generic.Dictionary<string, global::System.Func<{R}IJourneyContext, bool>>(global::System.StringComparer.Ordinal)");
        foreach (var segment in symbols.Segments.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            w.Line($"[{CSharpLiteral.String(segment.Name)}] = static context => {SchemaNames.SegmentsType}.{names.Segment(segment.Name)}({R}Ops.As<{SchemaNames.ContactType}>(context.Profile), context),");
        }

        w.Close("};");
        w.Line();
        ScoreRules(w, symbols);
        w.Open($"public override global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Type> EventTypes {{ get; }} = new global::System.Collections.Generic.Dictionary<string, global::System.Type>(global::System.StringComparer.Ordinal)");
        foreach (var @event in SchemaNames.OrderedEvents(symbols))
        {
            w.Line($"[{CSharpLiteral.String(@event.Name)}] = typeof({names.EventType(@event.Name)}),");
        }

        w.Close("};");
        w.Line();
        w.Line($"public override global::System.Type ContactType => typeof({SchemaNames.ContactType});");
        w.Line();
        w.Line("// What a host needs besides the journeys: the fields, the stages, the policy and the templates.");
        FieldMetadataWriter.Write(w, symbols);
        WorkspaceFactsWriter.Write(w, symbols, policies);
        w.Line("// Contacts and events from plain values and back (see FieldInfo), for hosts: switches and positions, no reflection.");
        var conversions = new FieldConversions(names);
        new ContactFactoryWriter(names, conversions).Write(w);
        new EventFactoryWriter(names, conversions, expressions).Write(w);
        EnumConversionWriter.Write(w, names);
        w.Close();
        GeneratedFile.Footer(w);
        return w.ToString();
    }

    /// <summary>
    /// Each rule with `where` gets a method of its own, written like a journey's conditions: the
    /// contact cast once, then the filter as a plain expression over the typed event. A rule
    /// without `where` needs no code: the runtime applies rules by event name.
    /// </summary>
    private void ScoreRules(CSharpWriter w, SymbolTable symbols)
    {
        var rules = new List<string>();
        var decays = new List<string>();
        var filters = new List<(string Method, EventSymbol Event, string Condition)>();
        foreach (var score in symbols.Scores.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            var name = CSharpLiteral.String(score.Name);
            for (var index = 0; index < score.Syntax.Rules.Count; index++)
            {
                var rule = score.Syntax.Rules[index];
                if (rule is ScoreOnRuleSyntax on && symbols.Events.FirstOrDefault(e => e.Name == on.Event.FullName) is { } @event)
                {
                    var points = (on.IsNegative ? -on.Points.Value : on.Points.Value);
                    var cap = on.Cap is { } c ? $"{c.Count}, global::System.TimeSpan.FromTicks({CSharpLiteral.Int(c.Period.Value?.Ticks ?? 0)}L)" : "null, null";
                    var filter = on.Filter is null ? $"{R}ScoreRule.Always" : names.ScoreFilter(score.Name, index);
                    rules.Add($"new({name}, {CSharpLiteral.String(@event.Name)}, {CSharpLiteral.Decimal(points)}, {cap}, {filter})");
                    if (on.Filter is not null)
                    {
                        filters.Add((names.ScoreFilter(score.Name, index), @event, expressions.Condition(on.Filter, new EventScope(@event, "matched"))));
                    }
                }
                else if (rule is ScoreDecayRuleSyntax decay)
                {
                    decays.Add($"new({name}, {CSharpLiteral.Decimal(decay.Percent.Value)}, global::System.TimeSpan.FromTicks({CSharpLiteral.Int(decay.Period.Value?.Ticks ?? 0)}L))");
                }
            }
        }

        List(w, $"{R}ScoreRule", "ScoreRules", rules);
        List(w, $"{R}ScoreDecay", "ScoreDecays", decays);
        foreach (var (method, @event, condition) in filters)
        {
            w.Open($"private static bool {method}({R}EventData e, {R}IJourneyContext context)");
            w.Line($"var contact = {R}Ops.As<{SchemaNames.ContactType}>(context.Profile);");
            w.Line($"return e is {names.EventType(@event.Name)} matched && {condition};");
            w.Close();
            w.Line();
        }
    }

    private static void List(CSharpWriter w, string type, string property, List<string> items)
    {
        if (items.Count == 0)
        {
            w.Line($"public override global::System.Collections.Generic.IReadOnlyList<{type}> {property} {{ get; }} = global::System.Array.Empty<{type}>();");
            w.Line();
            return;
        }

        w.Open($"public override global::System.Collections.Generic.IReadOnlyList<{type}> {property} {{ get; }} = new {type}[]");
        foreach (var item in items)
        {
            w.Line(item + ",");
        }

        w.Close("};");
        w.Line();
    }
}
