namespace MarketingAutomation.Language.Services;

/// <summary>Fuzzy name matching as editors do it: `ordpl` finds `order_placed`.</summary>
internal static class SubsequenceMatch
{
    /// <summary>Whether the query's characters appear in the name in order, ignoring case.</summary>
    public static bool Matches(string query, string name)
    {
        var next = 0;
        foreach (var c in name)
        {
            if (next < query.Length && char.ToLowerInvariant(c) == char.ToLowerInvariant(query[next]))
            {
                next++;
            }
        }

        return next == query.Length;
    }
}
