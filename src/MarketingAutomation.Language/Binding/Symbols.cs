using MarketingAutomation.Language.Syntax;
using MarketingAutomation.Language.Text;

namespace MarketingAutomation.Language.Binding;

public enum SymbolKind
{
    Contact,
    Field,
    Event,
    Template,
    Segment,
    Score,
    Stage,
    Connection,
    Journey,
    Test,
}

/// <summary>
/// Something a script declares and others refer to. Built-in symbols (engagement events and
/// their fields) have no source.
/// </summary>
public abstract class Symbol(string name, SymbolKind kind, SourceText? source, TextSpan nameSpan, TextSpan declarationSpan)
{
    public string Name { get; } = name;

    public SymbolKind Kind { get; } = kind;

    public SourceText? Source { get; } = source;

    public TextSpan NameSpan { get; } = nameSpan;

    public TextSpan DeclarationSpan { get; } = declarationSpan;

    public bool IsBuiltIn => Source is null;

    public string? Documentation { get; init; }

    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()} {Name}";
}

public sealed class FieldSymbol(string name, JourneyType type, bool isOptional, bool hasDefault, SourceText? source, TextSpan nameSpan, TextSpan declarationSpan)
    : Symbol(name, SymbolKind.Field, source, nameSpan, declarationSpan)
{
    public JourneyType Type { get; } = type;

    public bool IsOptional { get; } = isOptional;

    public bool HasDefault { get; } = hasDefault;

    /// <summary>A test's contact must give this field: it has neither `?` nor a default.</summary>
    public bool IsRequired => !IsOptional && !HasDefault;

    public ExpressionSyntax? DefaultValue { get; init; }

    public override string ToString() => $"{Name}: {Type.DisplayName}{(IsOptional ? "?" : string.Empty)}";
}

/// <summary>A symbol with named fields: the contact profile or an event.</summary>
public abstract class RecordSymbol(string name, SymbolKind kind, SourceText? source, TextSpan nameSpan, TextSpan declarationSpan)
    : Symbol(name, kind, source, nameSpan, declarationSpan)
{
    private readonly Dictionary<string, FieldSymbol> fields = new(StringComparer.Ordinal);

    public IReadOnlyList<FieldSymbol> Fields => fields.Values.ToList();

    public FieldSymbol? FindField(string fieldName) => fields.GetValueOrDefault(fieldName);

    internal bool TryAddField(FieldSymbol field) => fields.TryAdd(field.Name, field);
}

public sealed class ContactSymbol(SourceText? source, TextSpan nameSpan, TextSpan declarationSpan)
    : RecordSymbol("contact", SymbolKind.Contact, source, nameSpan, declarationSpan);

public sealed class EventSymbol(string name, SourceText? source, TextSpan nameSpan, TextSpan declarationSpan)
    : RecordSymbol(name, SymbolKind.Event, source, nameSpan, declarationSpan);

public enum Channel
{
    Email,
    Sms,
    Push,
    Webhook,
}

public sealed class TemplateSymbol(string name, Channel channel, SourceText source, TemplateDeclarationSyntax syntax)
    : Symbol(name, SymbolKind.Template, source, syntax.Name.Span, syntax.Span)
{
    public Channel Channel { get; } = channel;

    /// <summary>False when the declaration names no valid channel (already reported); channel checks are then skipped.</summary>
    public bool IsChannelKnown { get; init; } = true;

    /// <summary>Receipts and the like: sent despite quiet hours, caps and marketing opt-outs.</summary>
    public bool IsTransactional => Syntax.IsTransactional;

    public TemplateDeclarationSyntax Syntax { get; } = syntax;

    /// <summary>The Liquid text of each part, read from the script or its file (null when unreadable).</summary>
    public IReadOnlyDictionary<TemplatePartKind, string> Texts { get; internal set; } = new Dictionary<TemplatePartKind, string>();

    /// <summary>Event fields the template reads (`event.x`): a send must have such an event in scope.</summary>
    public IReadOnlyList<(string Field, TextSpan Span)> EventFields { get; internal set; } = [];

    /// <summary>Where each `event.x` read names its field: the script or template file, and the field's characters.</summary>
    internal IReadOnlyList<(string Field, SourceText Source, TextSpan Span)> EventFieldSites { get; set; } = [];

    /// <summary>Plain names the template reads (`{{ cart }}`): a send must pass them in `with {...}`.</summary>
    public IReadOnlyList<string> Arguments { get; internal set; } = [];

    public string? Subject => Texts.GetValueOrDefault(TemplatePartKind.Subject);
}

public sealed class SegmentSymbol(string name, SourceText source, SegmentDeclarationSyntax syntax)
    : Symbol(name, SymbolKind.Segment, source, syntax.Name.Span, syntax.Span)
{
    public SegmentDeclarationSyntax Syntax { get; } = syntax;
}

public sealed class ScoreSymbol(string name, SourceText source, ScoreDeclarationSyntax syntax)
    : Symbol(name, SymbolKind.Score, source, syntax.Name.Span, syntax.Span)
{
    public ScoreDeclarationSyntax Syntax { get; } = syntax;
}

public sealed class StageSymbol(string name, int order, SourceText source, TextSpan span)
    : Symbol(name, SymbolKind.Stage, source, span, span)
{
    /// <summary>Position in the lifecycle, from 0 for the first stage.</summary>
    public int Order { get; } = order;
}

public sealed class ConnectionSymbol(string name, SourceText source, ConnectionDeclarationSyntax syntax)
    : Symbol(name, SymbolKind.Connection, source, syntax.Name.Span, syntax.Span);

public sealed class JourneySymbol(string name, SourceText source, JourneyDeclarationSyntax syntax)
    : Symbol(name, SymbolKind.Journey, source, syntax.Name.Span, syntax.Span)
{
    public JourneyDeclarationSyntax Syntax { get; } = syntax;

    /// <summary>The event that triggers the journey, when an event does: `event.x` reads it.</summary>
    public EventSymbol? TriggerEvent { get; internal set; }
}

public sealed class TestSymbol(string name, SourceText source, TestDeclarationSyntax syntax)
    : Symbol(name, SymbolKind.Test, source, syntax.Name.Span, syntax.Span)
{
    public TestDeclarationSyntax Syntax { get; } = syntax;

    public JourneySymbol? Journey { get; internal set; }
}
