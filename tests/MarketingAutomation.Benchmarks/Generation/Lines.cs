using System.Text;

namespace MarketingAutomation.Benchmarks.Generation;

/// <summary>Text written line by line at the current indentation.</summary>
internal sealed class Lines
{
    private readonly StringBuilder text = new();
    private int depth;

    public void Add(string line) => text.Append(line.Length == 0 ? string.Empty : new string(' ', depth * 2) + line).Append('\n');

    public void Indent(Action body)
    {
        depth++;
        body();
        depth--;
    }

    /// <summary>`head {`, the body one level in, `}`.</summary>
    public void Block(string head, Action body)
    {
        Add(head + " {");
        Indent(body);
        Add("}");
    }

    public override string ToString() => text.ToString();
}
