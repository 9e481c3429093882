namespace MarketingAutomation.Language.Formatting;

/// <summary>How <see cref="JourneyFormatter"/> lays text out.</summary>
public sealed record FormatOptions
{
    public static FormatOptions Default { get; } = new();

    /// <summary>Spaces per level of nesting.</summary>
    public int IndentSize { get; init; } = 2;

    /// <summary>
    /// Lines up the columns of neighbouring lines of one kind, as the language's own examples
    /// are written: field types in a schema, template parts, score points, property values.
    /// Off, every gap between tokens is a single space.
    /// </summary>
    public bool AlignColumns { get; init; } = true;
}
