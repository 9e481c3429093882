namespace MarketingAutomation.Language.Liquid;

/// <summary>The result of <see cref="LiquidParser.Parse"/>: the tree, what it reads and what is wrong.</summary>
public sealed class LiquidTemplate
{
    internal LiquidTemplate(
        IReadOnlyList<LiquidNode> nodes,
        IReadOnlyList<LiquidReference> references,
        IReadOnlyList<LiquidError> errors)
    {
        Nodes = nodes;
        References = references;
        Errors = errors;
    }

    /// <summary>Syntax errors in text order. When any exist, <see cref="Nodes"/> is only a best-effort recovery.</summary>
    public IReadOnlyList<LiquidError> Errors { get; }

    /// <summary>Every variable read from the template's data, in text order; locals are left out.</summary>
    public IReadOnlyList<LiquidReference> References { get; }

    /// <summary>The top-level nodes of the parsed tree.</summary>
    public IReadOnlyList<LiquidNode> Nodes { get; }
}
