using Antlr4.Runtime;

namespace MarketingAutomation.Language.Syntax;

/// <summary>
/// The lexer's input read straight from the text, in UTF-16 units as <see cref="AntlrInputStream"/>
/// reads it, without the copy of every character that one makes. Its tokens keep their input
/// alive, so a tree kept a second copy of its text, and in a 2,000-line file that copy (120 KB)
/// was one more large object made on every keystroke.
/// </summary>
internal sealed class TextCharStream : BaseInputCharStream
{
    private readonly string text;

    public TextCharStream(string text)
    {
        this.text = text;
        n = text.Length;
    }

    protected override int ValueAt(int i) => text[i];

    protected override string ConvertDataToString(int start, int count) => text.Substring(start, count);
}
