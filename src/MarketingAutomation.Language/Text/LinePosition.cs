namespace MarketingAutomation.Language.Text;

/// <summary>A zero-based line and character (UTF-16 code unit) position, as editors count them.</summary>
public readonly record struct LinePosition(int Line, int Character)
{
    public override string ToString() => $"{Line + 1}:{Character + 1}";
}
