using MarketingAutomation.Language.Binding;
using Microsoft.Extensions.Configuration;

namespace MarketingAutomation.Delivery;

/// <summary>
/// Keys a configuration section does not have. The binder skips them silently, so a misspelt
/// setting would look like one left at its default.
/// </summary>
public static class SettingKeys
{
    /// <summary>A sentence for each key of <paramref name="section"/> not among <paramref name="keys"/> (compared as the binder does, ignoring case), with the nearest right one.</summary>
    public static IEnumerable<string> Unknown(IConfigurationSection section, string name, IReadOnlyList<string> keys)
    {
        foreach (var child in section.GetChildren())
        {
            if (!keys.Contains(child.Key, StringComparer.OrdinalIgnoreCase))
            {
                var closest = Suggestions.Closest(child.Key, keys);
                yield return $"{name} has no setting \"{child.Key}\"{(closest is null ? string.Empty : $"; did you mean \"{closest}\"?")} (it has {string.Join(", ", keys)}).";
            }
        }
    }
}
