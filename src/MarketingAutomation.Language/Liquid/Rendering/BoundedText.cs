using System.Text;

namespace MarketingAutomation.Language.Liquid.Rendering;

/// <summary>
/// A text being built that refuses to grow past a limit, so a template (or a filter such as
/// <c>replace</c>) cannot make the renderer allocate without bound. Past the limit it keeps what
/// fits and remembers that it was cut.
/// </summary>
internal sealed class BoundedText(int limit)
{
    private readonly StringBuilder text = new();

    public bool WasCut { get; private set; }

    public int Length => text.Length;

    /// <summary>Appends what fits; false once the limit is reached and the rest was dropped.</summary>
    public bool Append(string value) => Append(value, 0, value.Length);

    public bool Append(string value, int start, int count)
    {
        if (WasCut)
        {
            return false;
        }

        var room = Math.Max(limit, 0) - text.Length;
        if (count <= room)
        {
            text.Append(value, start, count);
            return true;
        }

        // Never keep half of a surrogate pair: the cut text must still be valid UTF-16.
        if (room > 0 && char.IsHighSurrogate(value[start + room - 1]))
        {
            room--;
        }

        text.Append(value, start, Math.Max(room, 0));
        WasCut = true;
        return false;
    }

    public override string ToString() => text.ToString();
}
