namespace MarketingAutomation.Runtime.Execution;

/// <summary>Lists of values inside a contact's state (running instances, held messages).</summary>
internal static class ValueLists
{
    /// <summary>
    /// Adds an item, growing the array by one rather than to List's four and then double: the items
    /// are values of about a hundred bytes, a contact holds one to three at a time, and it soon has
    /// room for the most it holds at once, after which the array is never replaced.
    /// </summary>
    public static void AddGrowingByOne<T>(List<T> list, T item)
    {
        if (list.Count == list.Capacity)
        {
            list.Capacity = list.Count + 1;
        }

        list.Add(item);
    }
}
