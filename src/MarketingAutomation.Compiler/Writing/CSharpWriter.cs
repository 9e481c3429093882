using System.Text;

namespace MarketingAutomation.Compiler.Writing;

/// <summary>Writes C# source line by line with indentation; `\n` line ends on every platform.</summary>
public sealed class CSharpWriter
{
    private readonly StringBuilder builder = new();
    private int indent;

    public void Line(string text = "")
    {
        lastDirective = null;
        if (text.Length > 0)
        {
            builder.Append(' ', indent * 4).Append(text);
        }

        builder.Append('\n');
    }

    // The directive written last, while nothing else has been written after it.
    private string? lastDirective;

    /// <summary>
    /// A preprocessor line (`#line`), which C# allows at any indentation; written unindented so it
    /// stands out. Skipped when the line just written is the same directive: a step and the
    /// condition in it often map to the same script line.
    /// </summary>
    public void Directive(string text)
    {
        if (text == lastDirective)
        {
            return;
        }

        builder.Append(text).Append('\n');
        lastDirective = text;
    }

    public void Open(string header)
    {
        Line(header);
        Line("{");
        indent++;
    }

    /// <summary>Closes a block; a blank line just before the closer is dropped, so writers may end every member with one.</summary>
    public void Close(string closer = "}")
    {
        if (builder.Length >= 2 && builder[^1] == '\n' && builder[^2] == '\n')
        {
            builder.Length--;
        }

        indent--;
        Line(closer);
    }

    public override string ToString() => builder.ToString();
}
