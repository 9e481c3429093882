using MarketingAutomation.Language.Syntax;
using MarketingAutomation.Language.Text;

namespace MarketingAutomation.Language.Services;

/// <summary>Builds a file's outline from its syntax: declarations, their fields and stages, and journey steps with their branches.</summary>
internal sealed class OutlineBuilder(SourceText source)
{
    public IReadOnlyList<DocumentSymbol> Build(CompilationUnitSyntax root) => root.Declarations.Select(Declaration).ToList();

    private DocumentSymbol Declaration(DeclarationSyntax declaration) => declaration switch
    {
        ContactDeclarationSyntax contact => Entry("contact", DocumentSymbolKind.Contact, null, contact.Span, contact.KeywordSpan, Fields(contact.Fields)),
        EventDeclarationSyntax @event => Named(@event.Name, DocumentSymbolKind.Event, null, @event.Span, Fields(@event.Fields)),
        TemplateDeclarationSyntax template => Named(template.Name, DocumentSymbolKind.Template, $"{template.Channel.Text} template", template.Span, []),
        SegmentDeclarationSyntax segment => Named(segment.Name, DocumentSymbolKind.Segment, SourceSnippets.OneLine(source, segment.Condition.Span, 60), segment.Span, []),
        ScoreDeclarationSyntax score => Named(score.Name, DocumentSymbolKind.Score, null, score.Span, []),
        LifecycleDeclarationSyntax lifecycle => Entry("lifecycle", DocumentSymbolKind.Lifecycle, null, lifecycle.Span, FirstWord(lifecycle.Span),
            lifecycle.Stages.Where(s => !s.IsMissing).Select(s => Entry(s.Text, DocumentSymbolKind.Stage, null, s.Span, s.Span, [])).ToList()),
        PolicyDeclarationSyntax policy => Entry("policy", DocumentSymbolKind.Policy, null, policy.Span, FirstWord(policy.Span), []),
        ConnectionDeclarationSyntax connection => Named(connection.Name, DocumentSymbolKind.Connection, null, connection.Span, []),
        JourneyDeclarationSyntax journey => Named(journey.Name, DocumentSymbolKind.Journey, null, journey.Span, journey.Items.Select(Item).ToList()),
        TestDeclarationSyntax test => Entry(test.Name.Value, DocumentSymbolKind.Test, $"for {test.Journey.Text}", test.Span, test.Name.Span, []),
        _ => Entry("?", DocumentSymbolKind.Step, null, declaration.Span, FirstWord(declaration.Span), []),
    };

    private List<DocumentSymbol> Fields(IReadOnlyList<FieldDeclarationSyntax> fields) => fields
        .Where(f => !f.Name.IsMissing)
        .Select(f => Entry(f.Name.Text, DocumentSymbolKind.Field, SourceSnippets.OneLine(source, f.Type.Span, 60), f.Span, f.Name.Span, []))
        .ToList();

    private DocumentSymbol Item(SyntaxNode item) => item switch
    {
        JourneyClauseSyntax clause => Entry(SourceSnippets.Head(source, clause.Span), DocumentSymbolKind.Clause, null, clause.Span, FirstWord(clause.Span), []),
        StatementSyntax step => Step(step),
        _ => Entry("?", DocumentSymbolKind.Step, null, item.Span, FirstWord(item.Span), []),
    };

    private DocumentSymbol Step(StatementSyntax step)
    {
        var children = step switch
        {
            IfStatementSyntax @if => IfBranches(@if),
            WaitForStatementSyntax waitFor => WaitBranches(waitFor),
            SplitStatementSyntax split => split.Arms.Select(a => Branch(SourceSnippets.Head(source, a.Span), a.Span, a.Body)).ToList(),
            _ => [],
        };
        return Entry(SourceSnippets.Head(source, step.Span), DocumentSymbolKind.Step, null, step.Span, FirstWord(step.Span), children);
    }

    private List<DocumentSymbol> IfBranches(IfStatementSyntax @if)
    {
        var branches = @if.Branches
            .Select((b, i) => Branch((i == 0 ? "if " : "else if ") + SourceSnippets.OneLine(source, b.Condition.Span, 60), b.Span, b.Body))
            .ToList();
        if (@if.Else is { } otherwise)
        {
            branches.Add(Branch("else", otherwise.Span, otherwise));
        }

        return branches;
    }

    private List<DocumentSymbol> WaitBranches(WaitForStatementSyntax waitFor)
    {
        var branches = new List<DocumentSymbol>();
        if (waitFor.Received is { } received)
        {
            branches.Add(Branch("received", received.Span, received));
        }

        if (waitFor.TimedOut is { } timedOut)
        {
            branches.Add(Branch("timeout", timedOut.Span, timedOut));
        }

        return branches;
    }

    private DocumentSymbol Branch(string name, TextSpan span, BlockSyntax body) =>
        Entry(name, DocumentSymbolKind.Branch, null, span, FirstWord(span), body.Statements.Select(Step).ToList());

    private DocumentSymbol Named(NameSyntax name, DocumentSymbolKind kind, string? detail, TextSpan span, IReadOnlyList<DocumentSymbol> children) =>
        Entry(name.IsMissing ? "?" : name.Text, kind, detail, span, name.Span, children);

    /// <summary>Editors require the name's span to lie within the entry's span and a name that is not empty.</summary>
    private static DocumentSymbol Entry(string name, DocumentSymbolKind kind, string? detail, TextSpan span, TextSpan selection, IReadOnlyList<DocumentSymbol> children)
    {
        var inside = selection.Start >= span.Start && selection.End <= span.End ? selection : new TextSpan(span.Start, 0);
        return new DocumentSymbol(name.Length == 0 ? "?" : name, kind, detail, span, inside, children);
    }

    private TextSpan FirstWord(TextSpan span)
    {
        var text = source.Text;
        var end = Math.Max(0, span.Start);
        while (end < Math.Min(span.End, text.Length) && (char.IsLetterOrDigit(text[end]) || text[end] == '_'))
        {
            end++;
        }

        return TextSpan.FromBounds(span.Start, end);
    }
}
