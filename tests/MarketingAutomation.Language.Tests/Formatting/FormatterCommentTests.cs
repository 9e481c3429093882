namespace MarketingAutomation.Language.Tests.Formatting;

/// <summary>Comments are tokens like any other: always kept, on the line they were written on.</summary>
public sealed class FormatterCommentTests
{
    [Fact]
    public void A_trailing_comment_stays_on_its_line()
    {
        FormatAssert.Formats(
            "journey welcome {\n  when signed_up // trigger\n}\n",
            "journey welcome {\n  when signed_up // trigger\n}\n");
    }

    [Fact]
    public void A_trailing_comment_keeps_its_column_so_hand_aligned_comments_stay_aligned()
    {
        FormatAssert.Formats(
            """
            policy {
                quiet hours 21:00..08:00 local     // sends wait
                at most 3 email per 7d             // frequency cap
            }

            """,
            """
            policy {
              quiet hours 21:00..08:00 local     // sends wait
              at most 3 email per 7d             // frequency cap
            }

            """);
    }

    [Fact]
    public void A_trailing_comment_moves_right_only_when_the_code_reaches_it()
    {
        FormatAssert.Formats(
            "segment s=contact.a>1// why\n",
            "segment s = contact.a > 1 // why\n");
    }

    [Fact]
    public void A_comment_line_is_indented_like_the_code_it_describes()
    {
        FormatAssert.Formats(
            """
            journey j {
            // the trigger
                 when e
                    // before a continuation
              where event.x > 1
            if true {
                  exit
                      // at the end of a block
            }
            }
            // at the end of the file

            """,
            """
            journey j {
              // the trigger
              when e
                // before a continuation
                where event.x > 1
              if true {
                exit
                // at the end of a block
              }
            }
            // at the end of the file

            """);
    }

    [Fact]
    public void Block_comments_are_kept_verbatim()
    {
        FormatAssert.Formats(
            "journey j {\n      /* two\n         lines */\n  when e   /* inline */   where event.x > 1\n}\n",
            "journey j {\n  /* two\n         lines */\n  when e /* inline */ where event.x > 1\n}\n");
    }

    [Fact]
    public void Block_comments_lose_only_trailing_spaces_and_carriage_returns()
    {
        FormatAssert.Formats(
            "/* first   \r\n   second */\r\nconnection a   // note   \r\n",
            "/* first\n   second */\nconnection a   // note\n");
    }

    [Fact]
    public void A_comment_only_file_is_kept()
    {
        FormatAssert.Formats("   // just a note   \n\n\n// and another\n", "// just a note\n\n// and another\n");
    }
}
