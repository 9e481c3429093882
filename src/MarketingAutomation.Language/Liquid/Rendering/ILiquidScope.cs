namespace MarketingAutomation.Language.Liquid.Rendering;

/// <summary>
/// Where a template's values come from. The top level holds <c>contact</c>, <c>event</c>, the
/// send's arguments by name and the built-in variables (<c>now</c>, <c>unsubscribe_url</c>, ...).
/// A value that is itself an <see cref="ILiquidScope"/> is read the same way one level down.
/// </summary>
public interface ILiquidScope
{
    /// <summary>
    /// False when the name is not defined at all (reported as a problem); true with a null value
    /// for a field that exists but is empty, such as an optional contact field.
    /// </summary>
    bool TryGet(string name, out object? value);
}
