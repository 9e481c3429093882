namespace MarketingAutomation.Language.Liquid;

/// <summary>
/// Applies the dashes of <c>{{-</c>, <c>-}}</c>, <c>{%-</c> and <c>-%}</c> to the neighbouring text
/// at parse time, so a renderer never has to know about them.
/// </summary>
internal static class WhitespaceControl
{
    public static IReadOnlyList<TemplateSegment> Apply(IReadOnlyList<TemplateSegment> segments)
    {
        var result = new List<TemplateSegment>(segments.Count);
        for (var i = 0; i < segments.Count; i++)
        {
            if (segments[i] is not TextSegment text)
            {
                result.Add(segments[i]);
                continue;
            }

            var value = text.Text;
            if (i > 0 && segments[i - 1].TrimAfter)
            {
                value = value.TrimStart();
            }

            if (i + 1 < segments.Count && segments[i + 1].TrimBefore)
            {
                value = value.TrimEnd();
            }

            // Text trimmed to nothing would only be an empty node for a renderer to skip.
            if (value.Length > 0)
            {
                result.Add(text with { Text = value });
            }
        }

        return result;
    }
}
