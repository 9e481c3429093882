using MarketingAutomation.Compiler.Tests.Infrastructure;

namespace MarketingAutomation.Compiler.Tests;

/// <summary>A journey's version follows what it does, not how its text is laid out or commented.</summary>
public sealed class VersioningTests
{
    private const string Schema = """
        contact {
          email: email   // the login
          plan: enum(free, pro) = free
        }
        """;

    private const string Journey = """
        template email hello { subject "Hi" body "See https://example.com/a // b" }
        journey welcome {
          when contact enters pros
          send email hello
          wait 2d
          tag "greeted"
        }
        segment pros = contact.plan == pro
        """;

    private static string Version(string schema, string journey)
    {
        var result = Builds.FromText(("schema.journey", schema), ("welcome.journey", journey));
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return result.Manifest?.Journeys.Single().Version ?? throw new InvalidOperationException("no manifest");
    }

    [Fact]
    public void Comments_and_layout_do_not_change_a_version()
    {
        var commented = """
            // Greets new pros.
            template email hello { subject "Hi" body "See https://example.com/a // b" }   /* the one email */
            journey welcome {
              when contact enters pros   // entering, not being
              /* first the email,
                 then a pause */
              send email hello
              wait 2d
                  tag "greeted"
            }
            segment pros = contact.plan == pro
            """;
        var schema = Schema.Replace("// the login", "// what they sign in with", StringComparison.Ordinal);
        Assert.Equal(Version(Schema, Journey), Version(schema, commented));
    }

    [Fact]
    public void Text_after_slashes_inside_a_string_is_not_a_comment()
    {
        var changed = Journey.Replace("a // b", "a // c", StringComparison.Ordinal);
        Assert.NotEqual(Version(Schema, Journey), Version(Schema, changed));
    }

    [Fact]
    public void A_changed_step_or_dependency_changes_the_version()
    {
        Assert.NotEqual(Version(Schema, Journey), Version(Schema, Journey.Replace("wait 2d", "wait 3d", StringComparison.Ordinal)));
        Assert.NotEqual(Version(Schema, Journey), Version(Schema, Journey.Replace("== pro", "!= pro", StringComparison.Ordinal)));
        Assert.NotEqual(Version(Schema, Journey), Version(Schema.Replace("= free", "= pro", StringComparison.Ordinal), Journey));
    }
}
