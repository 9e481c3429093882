namespace MarketingAutomation.Language.Liquid.Rendering;

/// <summary>What rendering a list of nodes ended with: the normal end, or a break or continue for the enclosing loop.</summary>
internal enum Flow
{
    Next,
    Break,
    Continue,
}
