namespace MarketingAutomation.Language.Tests.Formatting;

/// <summary>The gaps between tokens on a line, in the house style of the language sketch.</summary>
public sealed class FormatterSpacingTests
{
    [Theory]
    [InlineData("event signed_up{source:text}\n", "event signed_up { source: text }\n")]
    [InlineData("event order_placed { order_id : text , total:money }\n", "event order_placed { order_id: text, total: money }\n")]
    [InlineData("lifecycle{a->b  ->c}\n", "lifecycle { a -> b -> c }\n")]
    [InlineData("policy { quiet hours 21:00 .. 08:00 local }\n", "policy { quiet hours 21:00..08:00 local }\n")]
    [InlineData("segment s = score ( engagement ) >= 50\n", "segment s = score(engagement) >= 50\n")]
    [InlineData("segment s = last( order_placed ) . sku == \"x\"\n", "segment s = last(order_placed).sku == \"x\"\n")]
    [InlineData("segment s = contact . country in [ \"PL\" , \"DE\" , ]\n", "segment s = contact.country in [\"PL\", \"DE\",]\n")]
    [InlineData("segment s = - contact.x < - 5\n", "segment s = -contact.x < -5\n")]
    [InlineData("segment s = contact.x - 5 > 2 * 3\n", "segment s = contact.x - 5 > 2 * 3\n")]
    [InlineData("segment s = not(contact in vip)\n", "segment s = not (contact in vip)\n")]
    [InlineData("segment s = count(e within 30d)>=2\n", "segment s = count(e within 30d) >= 2\n")]
    [InlineData("segment s = contact.x not  in [1]\n", "segment s = contact.x not in [1]\n")]
    [InlineData("segment s=has tag \"x\"\n", "segment s = has tag \"x\"\n")]
    public void Expressions_and_declarations_use_the_house_spacing(string input, string expected) =>
        FormatAssert.Formats(input, expected);

    [Fact]
    public void Score_points_are_written_against_their_sign()
    {
        FormatAssert.Formats(
            "score s {\n  on a + 10 where event.x > 1 max 3 per 1d\n}\n",
            "score s {\n  on a +10 where event.x > 1 max 3 per 1d\n}\n");
        FormatAssert.Formats("score s {\n  on a - 5\n}\n", "score s {\n  on a -5\n}\n");
    }

    [Fact]
    public void Types_hug_their_parentheses_and_question_marks()
    {
        FormatAssert.Formats(
            "event e { a: enum( x , y ) ?, b: list( text )?, c: money = 0 }\n",
            "event e { a: enum(x, y)?, b: list(text)?, c: money = 0 }\n");
    }

    [Fact]
    public void One_line_braces_have_spaces_inside_and_empty_ones_do_not()
    {
        FormatAssert.Formats(
            "journey j {\n  send email x with {a:1}\n  if true {send email y} else { }\n}\n",
            "journey j {\n  send email x with { a: 1 }\n  if true { send email y } else {}\n}\n");
    }

    [Fact]
    public void Semicolons_stick_to_what_they_end()
    {
        FormatAssert.Formats(
            "journey j {\n  tag \"a\" ;  exit ;\n}\n",
            "journey j {\n  tag \"a\"; exit;\n}\n");
    }

    [Fact]
    public void A_parenthesised_goal_is_not_mistaken_for_a_call()
    {
        // `goal` may also be a name; only a real call loses the space before `(`.
        FormatAssert.Formats(
            "journey j {\n  goal (contact in vip) within 3d\n}\n",
            "journey j {\n  goal (contact in vip) within 3d\n}\n");
    }

    [Fact]
    public void Test_items_keep_words_apart()
    {
        FormatAssert.Formats(
            "test \"t\" for j {\n  expect   no send email x at 2d\n}\n",
            "test \"t\" for j {\n  expect no send email x at 2d\n}\n");
    }
}
