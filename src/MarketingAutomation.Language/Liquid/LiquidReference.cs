namespace MarketingAutomation.Language.Liquid;

/// <summary>
/// A variable the template reads from its data, such as <c>contact.first_name</c>.
/// Path is the member chain as written: <c>.name</c> and <c>["name"]</c> both add a member;
/// the chain stops at the first computed index (<c>items[0]</c>, <c>items[i]</c>) because what
/// follows depends on data. Offset and Length cover the whole variable as written.
/// </summary>
public sealed record LiquidReference(IReadOnlyList<string> Path, int Offset, int Length);
