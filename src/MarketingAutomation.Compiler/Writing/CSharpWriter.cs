using System.Text;

namespace MarketingAutomation.Compiler.Writing;

/// <summary>Writes C# source line by line with indentation; `\n` line ends on every platform.</summary>
public sealed class CSharpWriter
{
    private readonly StringBuilder builder = new();
    private int indent;

    public void Line(string text = "")
    {
        if (text.Length > 0)
        {
            builder.Append(' ', indent * 4).Append(text);
        }

        builder.Append('\n');
    }

    /// <summary>A preprocessor line (`#line`), which C# allows at any indentation; written unindented so it stands out.</summary>
    public void Directive(string text) => builder.Append(text).Append('\n');

    public void Open(string header)
    {
        Line(header);
        Line("{");
        indent++;
    }

    public void Close(string closer = "}")
    {
        indent--;
        Line(closer);
    }

    public override string ToString() => builder.ToString();
}
