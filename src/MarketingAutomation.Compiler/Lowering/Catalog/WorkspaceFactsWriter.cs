using MarketingAutomation.Compiler.Writing;
using MarketingAutomation.Language.Binding;
using MarketingAutomation.Language.Syntax;

namespace MarketingAutomation.Compiler.Lowering.Catalog;

/// <summary>
/// What a host applies around the journeys: the lifecycle's stages, the merged `policy` blocks
/// (quiet hours and frequency caps) and every template's channel and transactional flag.
/// </summary>
internal static class WorkspaceFactsWriter
{
    private const string R = SchemaNames.Runtime;

    public static void Write(CSharpWriter w, SymbolTable symbols, IReadOnlyList<PolicyDeclarationSyntax> policies)
    {
        var stages = symbols.Stages.Select(s => CSharpLiteral.String(s.Name)).ToList();
        var stageList = stages.Count == 0 ? "global::System.Array.Empty<string>()" : $"new string[] {{ {string.Join(", ", stages)} }}";
        w.Line($"public override global::System.Collections.Generic.IReadOnlyList<string> Stages {{ get; }} = {stageList};");
        w.Line();
        Policy(w, policies.SelectMany(p => p.Rules).ToList());
        Templates(w, symbols);
        SegmentWindowsWriter.Write(w, symbols);
    }

    /// <summary>The checker allows one `quiet hours` and one cap per channel and period across all blocks, so merging is concatenation.</summary>
    private static void Policy(CSharpWriter w, IReadOnlyList<PolicyRuleSyntax> rules)
    {
        var header = $"public override {R}PolicyInfo Policy {{ get; }} =";
        if (rules.Count == 0)
        {
            w.Line($"{header} {R}PolicyInfo.None;");
            w.Line();
            return;
        }

        var quiet = rules.OfType<QuietHoursRuleSyntax>().FirstOrDefault() is { } q
            ? $"new {R}QuietHours({Time(q.From)}, {Time(q.To)}, Utc: {CSharpLiteral.Bool(q.Zone == TimeZoneKind.Utc)})"
            : "null";
        var caps = rules.OfType<FrequencyCapRuleSyntax>().ToList();
        w.Line(header + " new(");
        w.Line($"    {quiet},");
        if (caps.Count == 0)
        {
            w.Line($"    global::System.Array.Empty<{R}FrequencyCap>());");
            w.Line();
            return;
        }

        w.Line($"    new {R}FrequencyCap[]");
        w.Line("    {");
        foreach (var cap in caps)
        {
            var channel = BuiltIns.Channels[cap.Channel.Text];
            w.Line($"        new({R}Channel.{channel}, {CSharpLiteral.Int(cap.Limit.Count)}, {ExpressionLowerer.Duration(cap.Limit.Period)}),");
        }

        w.Line("    });");
        w.Line();
    }

    private static void Templates(CSharpWriter w, SymbolTable symbols)
    {
        var templates = symbols.Templates
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => new Runtime.TemplateInfo(t.Name, Enum.Parse<Runtime.Channel>(t.Channel.ToString()), t.IsTransactional));
        w.Line($"public override global::System.Collections.Generic.IReadOnlyDictionary<string, {R}TemplateInfo> Templates {{ get; }} = {R}TemplateList.Parse({CSharpLiteral.String(Runtime.TemplateList.Describe(templates))});");
        w.Line();
    }

    private static string Time(TimeLiteralSyntax time) => $"new global::System.TimeOnly({time.Hour}, {time.Minute})";
}
