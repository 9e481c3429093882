using System.Text;
using MarketingAutomation.Compiler.Writing;
using MarketingAutomation.Language.Text;

namespace MarketingAutomation.Compiler.Lowering;

/// <summary>
/// Writes `#line` directives and remembers which .journey file each `#line` name stands for, so
/// an error or a stack trace in generated code leads back to the script. Names are the files'
/// names relative to the workspace, reduced to safe ASCII (a `#line` name has no escapes), so
/// builds do not depend on where the workspace lies.
/// </summary>
internal sealed class SourceLines
{
    private readonly Dictionary<SourceText, string> names = [];
    private readonly Dictionary<string, SourceText> sources = new(StringComparer.Ordinal);

    public SourceLines(IEnumerable<SourceText> documents)
    {
        foreach (var document in documents)
        {
            var name = SafeName(Path.GetFileName(document.Path));
            var unique = name;
            for (var n = 2; sources.ContainsKey(unique); n++)
            {
                unique = n.ToString(System.Globalization.CultureInfo.InvariantCulture) + "_" + name;
            }

            names[document] = unique;
            sources[unique] = document;
        }
    }

    /// <summary>The name `#line` uses for a script file: its file name, reduced to safe ASCII.</summary>
    public string? NameOf(SourceText? source) => source is not null && names.TryGetValue(source, out var name) ? name : null;

    public SourceText? Find(string lineName) => sources.GetValueOrDefault(lineName);

    public void At(CSharpWriter w, SourceText? source, TextSpan span)
    {
        if (source is not null && names.TryGetValue(source, out var name))
        {
            var line = source.GetLinePosition(span.Start).Line + 1;
            w.Directive($"#line {line} \"{name}\"");
        }
    }

    public void Hidden(CSharpWriter w) => w.Directive("#line hidden");

    public void Default(CSharpWriter w) => w.Directive("#line default");

    private static string SafeName(string fileName)
    {
        var builder = new StringBuilder(fileName.Length);
        foreach (var c in fileName)
        {
            builder.Append(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.' or '_' or '-' ? c : '_');
        }

        return builder.Length == 0 ? "journey" : builder.ToString();
    }
}
