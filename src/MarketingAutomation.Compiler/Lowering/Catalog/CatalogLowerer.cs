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
        w.Line("// Contacts and events from plain values and back (see FieldInfo), for hosts: a switch per field name, no reflection.");
        var conversions = new FieldConversions(names);
        new ContactFactoryWriter(names, conversions).Write(w);
        new EventFactoryWriter(names, conversions).Write(w);
        EnumConversionWriter.Write(w, names);
        w.Close();
        GeneratedFile.Footer(w);
        return w.ToString();
    }

    private void ScoreRules(CSharpWriter w, SymbolTable symbols)
    {
        var rules = new List<string>();
        var decays = new List<string>();
        foreach (var score in symbols.Scores.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            var name = CSharpLiteral.String(score.Name);
            foreach (var rule in score.Syntax.Rules)
            {
                if (rule is ScoreOnRuleSyntax on && symbols.Events.FirstOrDefault(e => e.Name == on.Event.FullName) is { } @event)
                {
                    var points = (on.IsNegative ? -on.Points.Value : on.Points.Value);
                    var cap = on.Cap is { } c ? $"{c.Count}, global::System.TimeSpan.FromTicks({CSharpLiteral.Int(c.Period.Value?.Ticks ?? 0)}L)" : "null, null";
                    var type = names.EventType(@event.Name);
                    var filter = on.Filter is null ? "true" : expressions.Condition(on.Filter, new EventScope(@event, "matched"));
                    var body = $"static (e, context) => e is {type} matched && {FilterBody(filter, on.Filter is not null)}";
                    rules.Add($"new({name}, {CSharpLiteral.String(@event.Name)}, {CSharpLiteral.Decimal(points)}, {cap}, {body})");
                }
                else if (rule is ScoreDecayRuleSyntax decay)
                {
                    decays.Add($"new({name}, {CSharpLiteral.Decimal(decay.Percent.Value)}, global::System.TimeSpan.FromTicks({CSharpLiteral.Int(decay.Period.Value?.Ticks ?? 0)}L))");
                }
            }
        }

        w.Line($"public override global::System.Collections.Generic.IReadOnlyList<{R}ScoreRule> ScoreRules {{ get; }} = new {R}ScoreRule[] {{ {string.Join(", ", rules)} }};");
        w.Line();
        w.Line($"public override global::System.Collections.Generic.IReadOnlyList<{R}ScoreDecay> ScoreDecays {{ get; }} = new {R}ScoreDecay[] {{ {string.Join(", ", decays)} }};");
        w.Line();
    }

    /// <summary>A rule's filter may read the contact, so it is cast once inside the filter.</summary>
    private static string FilterBody(string filter, bool readsContact) =>
        readsContact ? $"{R}Ops.Let({R}Ops.As<{SchemaNames.ContactType}>(context.Profile), contact => {filter})" : filter;
}
