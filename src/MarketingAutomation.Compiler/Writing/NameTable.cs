using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace MarketingAutomation.Compiler.Writing;

/// <summary>
/// Turns script names into C# identifiers that are unique in one scope. Script names are ASCII
/// letters, digits, `_` and `.`; the result is PascalCase ASCII, never a keyword, and a clash
/// (`email.opened` and `email_opened`) gets a numeric suffix in first-come order, which is the
/// workspace's stable declaration order.
/// </summary>
public sealed class NameTable
{
    private readonly HashSet<string> taken = new(StringComparer.Ordinal);

    public NameTable(params string[] reserved)
    {
        foreach (var name in reserved)
        {
            taken.Add(name);
        }
    }

    public string Claim(string scriptName, string suffix = "")
    {
        var baseName = Pascal(scriptName) + suffix;
        var candidate = baseName;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = baseName + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    /// <summary>PascalCase of the ASCII letters and digits of a name; anything else separates words.</summary>
    public static string Pascal(string name)
    {
        var builder = new StringBuilder(name.Length);
        var upper = true;
        foreach (var c in name)
        {
            if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9'))
            {
                builder.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        if (builder.Length == 0 || char.IsAsciiDigit(builder[0]))
        {
            builder.Insert(0, 'N');
        }

        return Escape(builder.ToString());
    }

    /// <summary>A keyword used as an identifier gets C#'s `@` prefix.</summary>
    public static string Escape(string identifier) =>
        SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(identifier) != SyntaxKind.None
            ? "@" + identifier
            : identifier;
}
