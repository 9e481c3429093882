using System.Globalization;
using System.Xml;
using MarketingAutomation.Hosting.Testing;

namespace MarketingAutomation.Cli.Test;

/// <summary>`ma test --format junit`: JUnit XML, which CI systems show as a test report. One suite per workspace, one case per test.</summary>
internal static class JUnitTestWriter
{
    public static void Write(IReadOnlyList<TestSuiteResult> suites, TextWriter output)
    {
        var settings = new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false };
        using var xml = XmlWriter.Create(output, settings);
        xml.WriteStartElement("testsuites");
        foreach (var suite in suites)
        {
            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", suite.Workspace);
            xml.WriteAttributeString("tests", Number(suite.Tests.Count));
            xml.WriteAttributeString("failures", Number(suite.Failed));
            xml.WriteAttributeString("errors", suite.Errors is null ? "0" : "1");
            xml.WriteAttributeString("time", Seconds(suite.Elapsed));
            if (suite.Errors is { } errors)
            {
                xml.WriteStartElement("error");
                xml.WriteAttributeString("message", $"the workspace has {errors.Count(Language.Diagnostics.DiagnosticSeverity.Error)} errors; run ma check");
                xml.WriteEndElement();
            }

            foreach (var test in suite.Tests)
            {
                xml.WriteStartElement("testcase");
                xml.WriteAttributeString("classname", test.Journey);
                xml.WriteAttributeString("name", test.Name);
                xml.WriteAttributeString("file", test.File);
                xml.WriteAttributeString("line", Number(test.Line));
                xml.WriteAttributeString("time", Seconds(test.Elapsed));
                if (!test.Passed)
                {
                    var first = test.SetupError ?? test.Failures.Select(f => $"{test.File}:{f.Line}: {f.Text}: {f.Message}").FirstOrDefault() ?? "failed";
                    xml.WriteStartElement("failure");
                    xml.WriteAttributeString("message", first);
                    xml.WriteString(string.Join("\n", test.Failures.Select(f => $"{test.File}:{f.Line}: {f.Text}\n  {f.Message}")));
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.Flush();
        output.WriteLine();
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
}
