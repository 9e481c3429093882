namespace MarketingAutomation.Language.Liquid;

/// <summary>
/// One piece of a parsed template. Offset and Length cover the node in the template text; a block
/// spans from its opening tag to its closing tag. The tree is immutable so a renderer can walk it
/// freely. When the template has errors the tree is a best-effort recovery and must not be rendered.
/// </summary>
public abstract record LiquidNode(int Offset, int Length);

/// <summary>Literal text. Text already has whitespace control (<c>{{-</c>, <c>-%}</c>) applied.</summary>
public sealed record LiquidTextNode(string Text, int Offset, int Length) : LiquidNode(Offset, Length);

/// <summary><c>{{ value | filter: arguments }}</c>.</summary>
public sealed record LiquidOutputNode(LiquidExpression Value, IReadOnlyList<LiquidFilter> Filters, int Offset, int Length)
    : LiquidNode(Offset, Length);

/// <summary>A condition and the body it guards: the opening tag of an if or unless, or an <c>elsif</c>.</summary>
public sealed record LiquidConditionalBranch(LiquidExpression Condition, IReadOnlyList<LiquidNode> Body, int Offset, int Length);

/// <summary>
/// <c>{% if %}</c>: shows the body of the first branch whose condition holds, otherwise Else
/// (null when there is no <c>{% else %}</c>).
/// </summary>
public sealed record LiquidIfNode(
    IReadOnlyList<LiquidConditionalBranch> Branches,
    IReadOnlyList<LiquidNode>? Else,
    int Offset,
    int Length) : LiquidNode(Offset, Length);

/// <summary>
/// <c>{% unless %}</c>: like if, except the first branch is shown when its condition does NOT hold;
/// any <c>elsif</c> branches read as in if.
/// </summary>
public sealed record LiquidUnlessNode(
    IReadOnlyList<LiquidConditionalBranch> Branches,
    IReadOnlyList<LiquidNode>? Else,
    int Offset,
    int Length) : LiquidNode(Offset, Length);

/// <summary>One <c>{% when a, b %}</c> of a case: its body is shown when the subject equals any of Values.</summary>
public sealed record LiquidWhenBranch(IReadOnlyList<LiquidExpression> Values, IReadOnlyList<LiquidNode> Body, int Offset, int Length);

/// <summary><c>{% case subject %}</c> with its when branches and optional else.</summary>
public sealed record LiquidCaseNode(
    LiquidExpression Subject,
    IReadOnlyList<LiquidWhenBranch> Whens,
    IReadOnlyList<LiquidNode>? Else,
    int Offset,
    int Length) : LiquidNode(Offset, Length);

/// <summary>
/// <c>{% for variable in collection limit: n offset: m reversed %}</c>. Skip is the <c>offset:</c>
/// value (named apart from the node's own Offset). Else is shown when the collection is empty.
/// </summary>
public sealed record LiquidForNode(
    string Variable,
    LiquidExpression Collection,
    LiquidExpression? Limit,
    LiquidExpression? Skip,
    bool Reversed,
    IReadOnlyList<LiquidNode> Body,
    IReadOnlyList<LiquidNode>? Else,
    int Offset,
    int Length) : LiquidNode(Offset, Length);

/// <summary><c>{% break %}</c>: leaves the innermost for loop.</summary>
public sealed record LiquidBreakNode(int Offset, int Length) : LiquidNode(Offset, Length);

/// <summary><c>{% continue %}</c>: skips to the next item of the innermost for loop.</summary>
public sealed record LiquidContinueNode(int Offset, int Length) : LiquidNode(Offset, Length);

/// <summary><c>{% assign name = value | filters %}</c>.</summary>
public sealed record LiquidAssignNode(string Name, LiquidExpression Value, IReadOnlyList<LiquidFilter> Filters, int Offset, int Length)
    : LiquidNode(Offset, Length);

/// <summary><c>{% capture name %}</c> ... <c>{% endcapture %}</c>: renders Body into the variable Name.</summary>
public sealed record LiquidCaptureNode(string Name, IReadOnlyList<LiquidNode> Body, int Offset, int Length) : LiquidNode(Offset, Length);

/// <summary>A block comment or an inline <c>{% # ... %}</c> comment; never shown.</summary>
public sealed record LiquidCommentNode(string Text, int Offset, int Length) : LiquidNode(Offset, Length);

/// <summary><c>{% raw %}</c> ... <c>{% endraw %}</c>: Text is shown exactly as written, tags included.</summary>
public sealed record LiquidRawNode(string Text, int Offset, int Length) : LiquidNode(Offset, Length);
