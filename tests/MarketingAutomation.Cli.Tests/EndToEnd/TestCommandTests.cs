using System.Text.Json;
using System.Xml.Linq;
using MarketingAutomation.Cli.Tests.Infrastructure;

namespace MarketingAutomation.Cli.Tests.EndToEnd;

/// <summary>`ma test` as a real process: the examples' tests, a failing test's report, the json and junit formats, exit codes.</summary>
public sealed class TestCommandTests : IDisposable
{
    private const string Workspace = """
        contact { email: email, first_name: text }
        event signed_up { source: text }
        template email hello { subject "Hi {{ contact.first_name }}" body "Hello" }
        template email later { subject "Hi" body "Later" }
        journey welcome {
          when signed_up
          send email hello
          wait 2d
          send email later
        }

        test "hello at once" for welcome {
          contact { email: "ala@example.com", first_name: "Ala" }
          at 0s event signed_up { source: "web" }
          expect send email hello at 0s
        }

        test "later after a day" for welcome {
          contact { email: "ala@example.com", first_name: "Ala" }
          at 0s event signed_up { source: "web" }
          expect send email later at 1d
        }
        """;

    private readonly TempWorkspace temp = new();

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData("examples/shop")]
    [InlineData("examples/b2b")]
    public void The_example_tests_all_pass(string workspace)
    {
        var result = MaRunner.Run(RepositoryRoot.Path, "test", workspace);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(@"\d+ passed, 0 failed", result.StdOut);
        Assert.DoesNotContain("✗", result.StdOut);
    }

    [Fact]
    public void A_failing_test_exits_1_with_both_timelines_and_the_reason()
    {
        temp.Write("ws/w.journey", Workspace);

        var result = temp.Ma("test", "ws");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("✓ welcome: hello at once", result.StdOut);
        Assert.Contains("✗ welcome: later after a day  w.journey:18", result.StdOut);
        Assert.Contains("w.journey:21  expect send email later at 1d", result.StdOut);
        Assert.Contains("it happened at 2d, not at 1d", result.StdOut);
        Assert.Contains("✗   21  expect send email later at 1d", result.StdOut);
        Assert.Contains("welcome: sent email later  w.journey:9", result.StdOut);
        Assert.Contains("1 passed, 1 failed", result.StdOut);
    }

    [Fact]
    public void A_send_that_never_happened_says_why()
    {
        temp.Write("ws/w.journey", """
            contact { email: email?, first_name: text }
            event signed_up { source: text }
            template email hello { subject "Hi" body "Hello" }
            journey welcome {
              when signed_up
              send email hello
            }

            test "no address" for welcome {
              contact { first_name: "Ola" }
              at 0s event signed_up { source: "web" }
              expect send email hello at 0s
            }

            test "never entered" for welcome {
              contact { first_name: "Ola" }
              expect send email hello
            }
            """);

        var result = temp.Ma("test", "ws", "--filter", "no address");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("it was skipped at 0s: no email address", result.StdOut);

        result = temp.Ma("test", "ws", "--filter", "never entered");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("it never happened: the contact never entered the journey", result.StdOut);
    }

    [Fact]
    public void The_filter_runs_only_matching_tests()
    {
        temp.Write("ws/w.journey", Workspace);

        var result = temp.Ma("test", "ws", "--filter", "hello");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 passed, 0 failed", result.StdOut);
    }

    [Fact]
    public void Json_lists_every_test_with_its_expectations_and_timeline()
    {
        temp.Write("ws/w.journey", Workspace);

        var result = temp.Ma("test", "ws", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.StdOut);
        Assert.Equal(1, json.RootElement.GetProperty("passed").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("failed").GetInt32());
        var failed = json.RootElement.GetProperty("workspaces")[0].GetProperty("tests").EnumerateArray().Single(t => !t.GetProperty("passed").GetBoolean());
        Assert.Equal("later after a day", failed.GetProperty("name").GetString());
        Assert.Contains(failed.GetProperty("expected").EnumerateArray(), e => e.TryGetProperty("message", out var m) && m.GetString()!.Contains("not at 1d", StringComparison.Ordinal));
        Assert.Contains(failed.GetProperty("actual").EnumerateArray(), a => a.GetProperty("text").GetString() == "sent email later" && a.GetProperty("at").GetDouble() == 2 * 86400);
    }

    [Fact]
    public void Junit_is_xml_with_one_case_per_test_and_a_failure()
    {
        temp.Write("ws/w.journey", Workspace);

        var result = temp.Ma("test", "ws", "--format", "junit");

        Assert.Equal(1, result.ExitCode);
        var xml = XDocument.Parse(result.StdOut);
        var suite = Assert.Single(xml.Root!.Elements("testsuite"));
        Assert.Equal("2", suite.Attribute("tests")!.Value);
        Assert.Equal("1", suite.Attribute("failures")!.Value);
        var failure = Assert.Single(suite.Elements("testcase").Elements("failure"));
        Assert.Contains("not at 1d", failure.Attribute("message")!.Value);
    }

    [Fact]
    public void A_workspace_with_errors_is_not_run_and_exits_1()
    {
        temp.Write("ws/w.journey", Workspace.Replace("send email later", "send email latr", StringComparison.Ordinal));

        var result = temp.Ma("test", "ws");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("not run", result.StdOut);
    }

    [Fact]
    public void A_missing_path_is_a_usage_error()
    {
        var result = temp.Ma("test", "nowhere");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no such file or folder: nowhere", result.StdErr);
    }

    [Fact]
    public void The_readme_main_command_runs_the_shop()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md"));
        var command = readme.Split('\n').Select(l => l.Trim()).First(l => l.StartsWith("dotnet run --project src/MarketingAutomation.Cli -- ", StringComparison.Ordinal));
        var args = command["dotnet run --project src/MarketingAutomation.Cli -- ".Length..].Split(' ');
        Assert.Equal(["run", "examples/shop"], args);

        var result = MaRunner.Run(RepositoryRoot.Path, args);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("sent email welcome_1", result.StdOut);
    }
}
