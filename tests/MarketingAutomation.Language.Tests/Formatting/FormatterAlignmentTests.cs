using MarketingAutomation.Language.Formatting;

namespace MarketingAutomation.Language.Tests.Formatting;

/// <summary>
/// Columns of neighbouring lines of one kind line up, as in the language's own examples; a blank
/// line or another kind of line ends a run; comment lines do not.
/// </summary>
public sealed class FormatterAlignmentTests
{
    [Fact]
    public void Schema_fields_on_their_own_lines_line_up_their_colons()
    {
        FormatAssert.Formats(
            """
            contact {
              email: email
              first_name:text
              // the rest is optional
              lifetime_value   : money = 0

              plan: enum(free, pro)
            }

            """,
            """
            contact {
              email          : email
              first_name     : text
              // the rest is optional
              lifetime_value : money = 0

              plan : enum(free, pro)
            }

            """);
    }

    [Fact]
    public void Fields_written_as_a_list_on_one_line_are_not_a_column()
    {
        FormatAssert.Formats(
            "contact {\n  email : email, first_name : text\n}\n",
            "contact {\n  email: email, first_name: text\n}\n");
    }

    [Fact]
    public void One_line_events_and_templates_line_up()
    {
        FormatAssert.Formats(
            """
            event signed_up { source: text }
            event order_placed { total: money }
            event plain
            template sms short "a"
            template push much_longer "b"

            """,
            """
            event signed_up    { source: text }
            event order_placed { total: money }
            event plain
            template sms  short       "a"
            template push much_longer "b"

            """);
    }

    [Fact]
    public void Template_parts_line_up_their_values()
    {
        FormatAssert.Formats(
            "template email w {\n  subject \"s\"\n  preheader \"p\"\n  body file \"b.liquid\"\n}\n",
            "template email w {\n  subject   \"s\"\n  preheader \"p\"\n  body      file \"b.liquid\"\n}\n");
    }

    [Fact]
    public void Score_rules_line_up_points_filters_and_caps()
    {
        FormatAssert.Formats(
            """
            score s {
              on email.opened +1 max 5 per 1d
              on page_viewed +10 where event.path starts_with "/pricing" max 3 per 1d
              on page_viewed +5 where event.path starts_with "/blog" max 2 per 1d
              on unsubscribed -50
              decay 20% every 30d
            }

            """,
            """
            score s {
              on email.opened +1  max 5 per 1d
              on page_viewed  +10 where event.path starts_with "/pricing" max 3 per 1d
              on page_viewed  +5  where event.path starts_with "/blog"    max 2 per 1d
              on unsubscribed -50
              decay 20% every 30d
            }

            """);
    }

    [Fact]
    public void Steps_with_branches_line_up()
    {
        FormatAssert.Formats(
            """
            journey j {
              send preferred {
                email welcome_1
                sms welcome_sms
              }
              split "s" {
                control 10% { exit }
                a 90% { exit }
              }
              wait for e up to 1d {
                received { exit }
                timeout { exit }
              }
            }

            """,
            """
            journey j {
              send preferred {
                email welcome_1
                sms   welcome_sms
              }
              split "s" {
                control 10% { exit }
                a       90% { exit }
              }
              wait for e up to 1d {
                received { exit }
                timeout  { exit }
              }
            }

            """);
    }

    [Fact]
    public void Object_properties_on_their_own_lines_line_up_their_values()
    {
        FormatAssert.Formats(
            "journey j {\n  post crm {\n    lead: contact.email,\n    score_value: 1\n  }\n}\n",
            "journey j {\n  post crm {\n    lead:        contact.email,\n    score_value: 1\n  }\n}\n");
    }

    [Fact]
    public void Test_timelines_line_up_their_actions()
    {
        FormatAssert.Formats(
            "test \"t\" for j {\n  at 0s event a\n  at 10d set contact.x = 1\n  expect goal\n  at 3h event b\n}\n",
            "test \"t\" for j {\n  at 0s  event a\n  at 10d set contact.x = 1\n  expect goal\n  at 3h event b\n}\n");
    }

    [Fact]
    public void Alignment_can_be_turned_off()
    {
        FormatAssert.Formats(
            "contact {\n  email          : email\n  first_name     : text\n}\n",
            "contact {\n  email: email\n  first_name: text\n}\n",
            new FormatOptions { AlignColumns = false });
    }
}
