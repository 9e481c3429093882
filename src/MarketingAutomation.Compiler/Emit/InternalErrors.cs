using MarketingAutomation.Compiler.Lowering;
using MarketingAutomation.Language.Diagnostics;
using MarketingAutomation.Language.Text;

namespace MarketingAutomation.Compiler.Emit;

/// <summary>
/// Turns a failure of generated code into MA9001 at the script line it came from (through the
/// `#line` the lowering wrote), so a marketer never sees C# compiler output.
/// </summary>
internal static class InternalErrors
{
    private const string Advice = "This is a bug in the journey compiler, not in your script; please report it with this line.";

    public static Diagnostic FromRoslyn(Microsoft.CodeAnalysis.Diagnostic error, SourceLines lines, SourceText fallback)
    {
        var mapped = error.Location.GetMappedLineSpan();
        if (mapped.HasMappedPath && lines.Find(mapped.Path) is { } source)
        {
            var start = source.GetOffset(new LinePosition(mapped.StartLinePosition.Line, 0));
            var end = source.GetOffset(new LinePosition(mapped.StartLinePosition.Line, int.MaxValue));
            return Create(source, TextSpan.FromBounds(start, end), $"Internal compiler error ({error.Id}): the code generated for this line does not compile. {Advice}");
        }

        return Create(fallback, default, $"Internal compiler error ({error.Id}) in generated code with no script line. {Advice}");
    }

    public static Diagnostic FromLowering(LoweringException exception, SourceText fallback) =>
        Create(exception.Script ?? fallback, exception.Script is null ? default : exception.Span, $"Internal compiler error: the compiler cannot translate {exception.Message}. {Advice}");

    private static Diagnostic Create(SourceText source, TextSpan span, string message) =>
        new(DiagnosticDescriptors.InternalCompilerError, DiagnosticSeverity.Error, source, span, message);
}
