using Antlr4.Runtime;

namespace MarketingAutomation.Language.Services;

/// <summary>What a pair of braces holds, as far as completion cares.</summary>
internal enum FrameKind
{
    TopLevel,
    ContactFields,
    EventFields,
    TemplateParts,
    ScoreRules,
    Lifecycle,
    Policy,
    Journey,
    /// <summary>Steps inside `if`, `else`, `received`, `timeout` or a split arm.</summary>
    Block,
    WaitFor,
    Split,
    Preferred,
    Test,
    /// <summary>`with { ... }` of a send: the template's arguments.</summary>
    TemplateArguments,
    /// <summary>`post crm { ... }`: free-form.</summary>
    Payload,
    /// <summary>An event's data, emitted or sent by a test.</summary>
    EventPayload,
    /// <summary>A test's `contact { ... }`.</summary>
    ContactProfile,
    Unknown,
}

/// <summary>
/// One open pair of braces while the tokens before the cursor are read: its kind, the statement
/// being read in it, and what it knows about the event in scope.
/// </summary>
internal sealed class CompletionFrame(FrameKind kind)
{
    public FrameKind Kind { get; } = kind;

    /// <summary>The tokens of the statement being read; a nested `{ ... }` leaves just its two braces.</summary>
    public List<IToken> Statement { get; } = [];

    /// <summary>The event this frame is about: the one a `received` block or `wait for` awaits, or an event payload's event.</summary>
    public string? Event { get; init; }

    /// <summary>Whether this frame decides the event in scope (a `received` block does, even when its event is unknown).</summary>
    public bool ScopesEvent { get; init; }

    /// <summary>A name the frame needs: the template of `with { ... }`, the channel of a template's parts.</summary>
    public string? Name { get; init; }

    /// <summary>For a journey: the event of its `when` trigger, once that clause has been read.</summary>
    public string? Trigger { get; set; }

    /// <summary>For a journey: whether a step has been read (clauses must come before the first step).</summary>
    public bool SawStep { get; set; }

    /// <summary>For object literals: the property names already given.</summary>
    public HashSet<string> Given { get; } = new(StringComparer.Ordinal);

    public TokenWords Words => new(Statement);
}
