using MarketingAutomation.Language.Diagnostics;

namespace MarketingAutomation.Language.Tests.Diagnostics;

/// <summary>
/// Keeps docs/diagnostics.md in step with <see cref="DiagnosticDescriptors"/>: one section per
/// code with the descriptor's title, and a sample per code that reports that code and nothing else.
/// </summary>
public sealed class DiagnosticCatalogTests
{
    private static DiagnosticCatalog Doc => DiagnosticCatalog.Document;

    public static TheoryData<string> Codes()
    {
        var data = new TheoryData<string>();
        // Internal errors are compiler bugs: no script is meant to trigger them, so they have no sample.
        foreach (var descriptor in DiagnosticDescriptors.All.Where(d => !d.IsInternal))
        {
            data.Add(descriptor.Code);
        }

        return data;
    }

    [Fact]
    public void Every_code_has_exactly_one_section_with_its_title()
    {
        var problems = new List<string>();
        foreach (var descriptor in DiagnosticDescriptors.All)
        {
            var sections = Doc.Sections.Where(s => s.Code == descriptor.Code).ToList();
            if (sections.Count != 1)
            {
                problems.Add($"{descriptor.Code}: expected one `## {descriptor.Code}: {descriptor.Title}` section, found {sections.Count}.");
            }
            else if (sections[0].Title != descriptor.Title)
            {
                problems.Add($"{descriptor.Code} (line {sections[0].Line}): the title is \"{sections[0].Title}\", but the descriptor's is \"{descriptor.Title}\".");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void No_section_names_an_unknown_code()
    {
        var known = DiagnosticDescriptors.All.Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        Assert.All(Doc.Sections, s => Assert.True(known.Contains(s.Code), $"Line {s.Line}: `{s.Code}` is not in DiagnosticDescriptors.All."));
        Assert.All(Doc.Samples, s => Assert.True(known.Contains(s.Code), $"Line {s.Line}: the sample is tagged with `{s.Code}`, which is not in DiagnosticDescriptors.All."));
    }

    [Fact]
    public void Every_heading_that_starts_with_a_code_is_a_well_formed_section()
    {
        var wellFormed = Doc.Sections.Select(s => $"## {s.Code}: {s.Title}").ToHashSet(StringComparer.Ordinal);
        Assert.All(Doc.CodeHeadings, h => Assert.True(wellFormed.Contains(h), $"`{h}` should read `## MA1234: <Title>`."));
    }

    [Fact]
    public void Sections_are_in_code_order()
    {
        var codes = Doc.Sections.Select(s => s.Code).ToList();
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
    }

    [Fact]
    public void Every_code_has_the_anchor_that_tools_link_to()
    {
        // SARIF output links to docs/diagnostics.md#ma2002 (DiagnosticDescriptor.HelpAnchor).
        var missing = DiagnosticDescriptors.All.Where(d => !Doc.Anchors.Contains(d.HelpAnchor)).Select(d => d.HelpAnchor).ToList();
        Assert.True(missing.Count == 0, "No `<a id=\"...\"></a>` anchor for: " + string.Join(", ", missing));
    }

    [Fact]
    public void Each_sample_sits_in_the_section_of_its_code()
    {
        Assert.All(Doc.Samples, s => Assert.True(s.Code == s.SectionCode, $"Line {s.Line}: the `journey {s.Code}` sample is in the section of {s.SectionCode ?? "no code"}."));
    }

    [Fact]
    public void The_prelude_is_shown_once_and_has_no_errors()
    {
        Assert.Single(Doc.Preludes);
        var diagnostics = WorkspaceChecker.Check([new(WorkspaceChecker.PreludePath, Doc.Prelude)]);
        var errors = diagnostics.Where(d => d.IsError).ToList();
        Assert.True(errors.Count == 0, "The prelude should check without errors, but reports:" + Environment.NewLine + WorkspaceChecker.Describe(errors));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void The_sample_reports_its_code_and_nothing_else(string code)
    {
        var samples = Doc.Samples.Where(s => s.Code == code).ToList();
        var sample = Assert.Single(samples);

        var all = WorkspaceChecker.CheckWithPrelude(sample.Text, withPrelude: !sample.WithoutPrelude);
        var inSample = all.InSample();
        var report = $"The `journey {code}` sample (docs/diagnostics.md line {sample.Line}) reports:" + Environment.NewLine + WorkspaceChecker.Describe(all);

        Assert.True(inSample.Any(d => d.Code == code), $"Expected {code}. " + report);
        Assert.True(inSample.All(d => d.Code == code), $"Expected only {code} in the sample (one mistake, one diagnostic). " + report);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void The_sample_reports_its_code_with_the_descriptors_severity(string code)
    {
        var sample = Assert.Single(Doc.Samples, s => s.Code == code);
        var descriptor = DiagnosticDescriptors.All.Single(d => d.Code == code);

        var reported = WorkspaceChecker.CheckWithPrelude(sample.Text, withPrelude: !sample.WithoutPrelude).InSample().Where(d => d.Code == code);

        Assert.All(reported, d => Assert.Equal(descriptor.DefaultSeverity, d.Severity));
    }
}
