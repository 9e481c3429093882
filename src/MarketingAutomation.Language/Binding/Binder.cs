using MarketingAutomation.Language.Diagnostics;
using MarketingAutomation.Language.Syntax;
using MarketingAutomation.Language.Text;
using MarketingAutomation.Language.Workspace;

namespace MarketingAutomation.Language.Binding;

/// <summary>
/// Binds a workspace in two passes: first every declaration of every file is entered into one
/// namespace, then every use of a name is resolved and every expression type-checked.
/// Parts with syntax errors are skipped silently: their error is already reported.
/// </summary>
internal sealed partial class Binder
{
    private readonly JourneyWorkspace workspace;
    private readonly IReadOnlyList<SyntaxTree> trees;
    private readonly DiagnosticBag diagnostics = new();
    private readonly SymbolTable symbols = new();
    private readonly List<SymbolReference> references = [];
    private SourceText source;

    private Binder(JourneyWorkspace workspace, IReadOnlyList<SyntaxTree> trees)
    {
        this.workspace = workspace;
        this.trees = trees;
        source = trees.Count > 0 ? trees[0].Source : new SourceText(workspace.RootDirectory, string.Empty);
    }

    public static SemanticModel Bind(JourneyWorkspace workspace, IReadOnlyList<SyntaxTree> trees)
    {
        var binder = new Binder(workspace, trees);
        binder.DeclareAll();
        binder.CheckAll();
        var semantic = binder.diagnostics.ToList();
        var all = trees.SelectMany(t => t.Diagnostics)
            .Concat(WithoutCascades(semantic, trees))
            .OrderBy(d => d.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Span.Start)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
        return new SemanticModel(binder.symbols, binder.references, all);
    }

    // A declaration with a syntax error is only partly understood; checking its meaning would
    // mostly restate the syntax error, so semantic findings inside it are dropped.
    private static IEnumerable<Diagnostic> WithoutCascades(IReadOnlyList<Diagnostic> semantic, IReadOnlyList<SyntaxTree> trees)
    {
        var broken = new Dictionary<SourceText, List<TextSpan>>();
        foreach (var tree in trees.Where(t => t.HasErrors))
        {
            var errorStarts = tree.Diagnostics.Where(d => d.IsError).Select(d => d.Span.Start).ToList();
            // A declaration owns the text up to the next one, so an error in between (such as a
            // dangling `and` that swallowed the next keyword) marks the declaration before it.
            var declarations = tree.Root.Declarations;
            broken[tree.Source] = declarations
                .Select((d, i) => TextSpan.FromBounds(d.Span.Start, i + 1 < declarations.Count ? declarations[i + 1].Span.Start - 1 : tree.Source.Text.Length))
                .Where(owned => errorStarts.Any(e => e >= owned.Start && e <= owned.End))
                .ToList();
        }

        return semantic.Where(d => !broken.TryGetValue(d.Source, out var spans) || !spans.Any(s => d.Span.Start >= s.Start && d.Span.Start <= s.End));
    }

    private void CheckAll()
    {
        CheckContactCount();
        AnalyzeTemplates();
        foreach (var tree in trees)
        {
            source = tree.Source;
            foreach (var declaration in tree.Root.Declarations)
            {
                CheckDeclaration(declaration);
            }
        }

        ReportJourneysNobodyCanEnter();
        ReportUnused();
    }

    private void CheckDeclaration(DeclarationSyntax declaration)
    {
        switch (declaration)
        {
            case ContactDeclarationSyntax contact:
                CheckFields(symbols.Contact, contact.Fields);
                break;
            case EventDeclarationSyntax @event:
                CheckFields(symbols.EventsByName.GetValueOrDefault(@event.Name.Text), @event.Fields);
                break;
            case SegmentDeclarationSyntax segment:
                CheckCondition(segment.Condition, BindingScope.NoEvent);
                break;
            case ScoreDeclarationSyntax score:
                CheckScore(score);
                break;
            case PolicyDeclarationSyntax policy:
                CheckPolicy(policy);
                break;
            case JourneyDeclarationSyntax journey:
                CheckJourney(journey);
                break;
            case TestDeclarationSyntax test:
                CheckTest(test);
                break;
        }
    }

    private void AddReference(Symbol symbol, TextSpan span) => references.Add(new SymbolReference(symbol, source, span));

    private string Location(Symbol symbol) =>
        symbol.Source is null ? "built in" : $"{symbol.Source.Path}:{symbol.Source.GetLinePosition(symbol.NameSpan.Start)}";

    private string Location(SourceText text, TextSpan span) => $"{text.Path}:{text.GetLinePosition(span.Start)}";
}

/// <summary>Where a name in a script refers to a symbol: for navigation, rename and "unused" checks.</summary>
public sealed record SymbolReference(Symbol Symbol, SourceText Source, TextSpan Span);

/// <summary>
/// What `event` means at a point of a script: the event in scope, or none. EventUnknown marks
/// a scope whose event name was itself unknown, so reading its fields reports nothing more.
/// </summary>
internal sealed record BindingScope(EventSymbol? Event, bool EventUnknown)
{
    public static readonly BindingScope NoEvent = new(null, false);

    public static BindingScope For(EventSymbol? @event) => new(@event, @event is null);
}
