using MarketingAutomation.Language.Formatting;

namespace MarketingAutomation.Language.Tests.Formatting;

/// <summary>Lines: indentation, blank lines, line ends, and text that is left alone.</summary>
public sealed class FormatterLayoutTests
{
    [Fact]
    public void Indents_by_brace_depth()
    {
        FormatAssert.Formats(
            """
            journey j {
                    when signed_up
            if opened(x) {
            send email a
                } else {
                  wait for e up to 1d {
              received {
            exit
            }
            }
            }
            }

            """,
            """
            journey j {
              when signed_up
              if opened(x) {
                send email a
              } else {
                wait for e up to 1d {
                  received {
                    exit
                  }
                }
              }
            }

            """);
    }

    [Fact]
    public void Indent_size_is_an_option()
    {
        FormatAssert.Formats(
            "journey j {\n  if true {\n    exit\n  }\n}\n",
            "journey j {\n    if true {\n        exit\n    }\n}\n",
            new FormatOptions { IndentSize = 4 });
    }

    [Fact]
    public void A_line_that_continues_an_item_is_indented_one_more_level()
    {
        FormatAssert.Formats(
            """
            segment vip =
            (contact.lifetime_value > 1000 and contact.country in ["PL"])
                or contact in other
            journey j {
            when order_placed
            where event.total > 100
            send email x
            with { a: 1 }
            }

            """,
            """
            segment vip =
              (contact.lifetime_value > 1000 and contact.country in ["PL"])
              or contact in other
            journey j {
              when order_placed
                where event.total > 100
              send email x
                with { a: 1 }
            }

            """);
    }

    [Fact]
    public void Items_inside_brackets_are_indented_once_however_many_open_on_a_line()
    {
        FormatAssert.Formats(
            """
            journey j {
              send email x with { picks: [
              "a",
                  "b"
              ] }
              post crm {
              a: 1,
              b: count(e within 2d)
              }
            }

            """,
            """
            journey j {
              send email x with { picks: [
                "a",
                "b"
              ] }
              post crm {
                a: 1,
                b: count(e within 2d)
              }
            }

            """);
    }

    [Fact]
    public void A_brace_on_its_own_line_stays_there_at_the_level_of_its_item()
    {
        FormatAssert.Formats(
            "journey j\n    {\nwhen e\n  if true\n{ exit }\n      }\n",
            "journey j\n{\n  when e\n  if true\n  { exit }\n}\n");
    }

    [Fact]
    public void Several_closing_braces_on_one_line_take_the_level_of_the_first()
    {
        FormatAssert.Formats(
            "journey j {\n  when e\n  if true {\n  if false {\n  exit }}\n}\n",
            "journey j {\n  when e\n  if true {\n    if false {\n      exit } }\n}\n");
    }

    [Fact]
    public void Odd_whitespace_characters_are_dropped()
    {
        FormatAssert.Formats("\uFEFFconnection\u00A0a\f\nconnection\tb\n", "connection a\nconnection b\n");
    }

    [Fact]
    public void Keeps_the_authors_line_breaks_with_at_most_one_blank_line()
    {
        FormatAssert.Formats(
            "\n\n\nconnection a\n\n\n\nconnection b\nconnection c\n\n\n",
            "connection a\n\nconnection b\nconnection c\n");
    }

    [Fact]
    public void No_blank_line_just_inside_braces()
    {
        FormatAssert.Formats(
            "journey j {\n\n  when e\n\n  exit\n\n}\n",
            "journey j {\n  when e\n\n  exit\n}\n");
    }

    [Fact]
    public void Uses_newlines_trims_trailing_whitespace_and_ends_with_one_newline()
    {
        FormatAssert.Formats("connection a   \r\nconnection b\t\r\n\r\n\r\n", "connection a\nconnection b\n");
        FormatAssert.Formats("connection a", "connection a\n");
        FormatAssert.Formats("connection a\rconnection b\r", "connection a\nconnection b\n");
    }

    [Fact]
    public void An_empty_file_stays_empty()
    {
        FormatAssert.Formats("", "");
        FormatAssert.Formats("  \n\n \t", "");
    }

    [Fact]
    public void A_file_with_syntax_errors_comes_back_unchanged()
    {
        const string broken = "journey   j {\n   send email\n";
        var result = FormatAssert.Format(broken);
        Assert.Equal(broken, result.Text);
        Assert.False(result.Changed);
    }

    [Fact]
    public void Nothing_to_do_is_reported_as_unchanged()
    {
        var result = FormatAssert.Format("journey j {\n  when e\n}\n");
        Assert.False(result.Changed);
    }

    [Fact]
    public void Indent_size_must_not_be_negative() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FormatAssert.Format("connection a\n", new FormatOptions { IndentSize = -1 }));
}
