using MarketingAutomation.Language.Diagnostics;

namespace MarketingAutomation.Language.Services;

/// <summary>
/// The outcome of a rename: either an error a person can read (the rename is refused), or the
/// edits to make, by file path (scripts and template files).
/// </summary>
public sealed record RenameResult(string? Error, IReadOnlyDictionary<string, IReadOnlyList<TextEdit>> Edits)
{
    public bool Succeeded => Error is null;

    public static RenameResult Refused(string error) => new(error, new Dictionary<string, IReadOnlyList<TextEdit>>());
}
