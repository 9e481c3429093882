using System.Text.RegularExpressions;

namespace MarketingAutomation.Language.Tests.Diagnostics;

/// <summary>One `## MA1234: Title` section of docs/diagnostics.md.</summary>
public sealed record CatalogSection(string Code, string Title, int Line);

/// <summary>One fenced ```journey MA1234 block: a script that should report exactly that code.</summary>
public sealed record CatalogSample(string Code, string Text, int Line, string? SectionCode)
{
    /// <summary>A sample whose first line is `// without prelude` is checked on its own.</summary>
    public bool WithoutPrelude => Text.StartsWith(DiagnosticCatalog.WithoutPreludeMarker, StringComparison.Ordinal);
}

/// <summary>
/// docs/diagnostics.md read into its parts: the code sections, the shared prelude and the
/// samples. Parsing is deliberately strict and line-based, so the test notices a malformed page.
/// </summary>
public sealed partial class DiagnosticCatalog
{
    public const string WithoutPreludeMarker = "// without prelude";

    private static readonly Lazy<DiagnosticCatalog> Loaded = new(() => Parse(File.ReadAllText(DocumentPath)));

    private DiagnosticCatalog(IReadOnlyList<CatalogSection> sections, IReadOnlyList<string> codeHeadings, IReadOnlyList<string> preludes, IReadOnlyList<CatalogSample> samples, IReadOnlyList<string> anchors)
    {
        Sections = sections;
        CodeHeadings = codeHeadings;
        Preludes = preludes;
        Samples = samples;
        Anchors = anchors;
    }

    public static DiagnosticCatalog Document => Loaded.Value;

    public static string DocumentPath => Path.Combine(RepositoryPaths.Root, "docs", "diagnostics.md");

    /// <summary>Sections whose heading has the exact form `## MA1234: Title`.</summary>
    public IReadOnlyList<CatalogSection> Sections { get; }

    /// <summary>Every heading (of any level) that starts with a code such as MA1234, well-formed or not.</summary>
    public IReadOnlyList<string> CodeHeadings { get; }

    /// <summary>The texts of all ```journey prelude blocks (there should be exactly one).</summary>
    public IReadOnlyList<string> Preludes { get; }

    public IReadOnlyList<CatalogSample> Samples { get; }

    /// <summary>The ids of `&lt;a id="..."&gt;&lt;/a&gt;` anchors, which tools link to (docs/diagnostics.md#ma2002).</summary>
    public IReadOnlyList<string> Anchors { get; }

    public string Prelude => Assert.Single(Preludes);

    public static DiagnosticCatalog Parse(string markdown)
    {
        var lines = markdown.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var sections = new List<CatalogSection>();
        var codeHeadings = new List<string>();
        var preludes = new List<string>();
        var samples = new List<CatalogSample>();
        var anchors = new List<string>();
        string? currentSection = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                var info = line[3..].Trim();
                var opening = i;
                var body = new List<string>();
                for (i++; i < lines.Length && !lines[i].StartsWith("```", StringComparison.Ordinal); i++)
                {
                    body.Add(lines[i]);
                }

                if (i == lines.Length)
                {
                    throw new InvalidDataException($"docs/diagnostics.md line {opening + 1}: the fenced block is never closed.");
                }

                var text = string.Join("\n", body) + "\n";
                var words = info.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words is ["journey", "prelude"])
                {
                    preludes.Add(text);
                }
                else if (words is ["journey", var code] && SampleCode().IsMatch(code))
                {
                    samples.Add(new CatalogSample(code, text, opening + 1, currentSection));
                }
                else if (words.Length > 0 && words[0] == "journey")
                {
                    throw new InvalidDataException($"docs/diagnostics.md line {opening + 1}: a journey block is tagged `journey prelude` or `journey MA1234`, not `{info}`.");
                }

                continue;
            }

            if (Heading().Match(line) is { Success: true } heading)
            {
                var content = heading.Groups["content"].Value;
                if (LooseCode().IsMatch(content))
                {
                    codeHeadings.Add(line);
                }

                if (SectionHeading().Match(line) is { Success: true } section)
                {
                    currentSection = section.Groups["code"].Value;
                    sections.Add(new CatalogSection(currentSection, section.Groups["title"].Value, i + 1));
                }
                else if (heading.Groups["level"].Value.Length <= 2)
                {
                    // Any other chapter heading ends the current code's section.
                    currentSection = null;
                }

                continue;
            }

            foreach (Match anchor in Anchor().Matches(line))
            {
                anchors.Add(anchor.Groups["id"].Value);
            }
        }

        return new DiagnosticCatalog(sections, codeHeadings, preludes, samples, anchors);
    }

    [GeneratedRegex(@"^(?<level>#{1,6})\s+(?<content>.*)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^## (?<code>MA[0-9]{4}): (?<title>\S.*)$")]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"^`?MA[0-9]{4}\b", RegexOptions.IgnoreCase)]
    private static partial Regex LooseCode();

    [GeneratedRegex(@"^MA[0-9]{4}$")]
    private static partial Regex SampleCode();

    [GeneratedRegex(@"<a id=""(?<id>[^""]+)""></a>")]
    private static partial Regex Anchor();
}
