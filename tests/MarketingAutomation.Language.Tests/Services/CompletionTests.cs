using MarketingAutomation.Language.Services;

namespace MarketingAutomation.Language.Tests.Services;

/// <summary>Completion knows where the cursor is: declaration, clause, step, trigger, expression or test.</summary>
public sealed class CompletionTests
{
    private const string Journey = "journey j {\n  when signed_up\n  ";

    [Fact]
    public void Top_level_offers_declaration_keywords() =>
        CompletionAssert.Offers("|", ["contact", "event", "template", "segment", "score", "lifecycle", "policy", "connection", "journey", "test"], ["send", "when"]);

    [Fact]
    public void Between_declarations_offers_declaration_keywords() =>
        CompletionAssert.Offers("connection a\n\n|\n\nconnection b\n", ["journey", "test"], ["send"]);

    [Fact]
    public void After_a_declaration_left_open_the_next_one_is_at_top_level() =>
        CompletionAssert.Offers("journey a {\n  when signed_up\n  send email welcome_1\n\njourney b {\n  |\n}", ["when", "holdout"]);

    [Fact]
    public void A_keyword_being_typed_is_completed_in_its_place() =>
        CompletionAssert.Offers(Journey + "send email welcome_1\n  wa|\n}", ["wait", "wait for"], ["when"]);

    [Fact]
    public void Journey_start_offers_clauses_and_steps() =>
        CompletionAssert.Offers("journey j {\n  |\n}", ["when", "entry", "goal", "leave when", "holdout", "send", "wait", "wait for", "wait until", "if", "split", "set", "tag", "untag", "score", "stage", "post", "notify sales", "emit", "start journey", "exit"], ["journey", "contact"]);

    [Fact]
    public void After_the_first_step_only_steps_are_offered() =>
        CompletionAssert.Offers(Journey + "send email welcome_1\n  |\n}", ["send", "wait for", "exit"], ["when", "holdout", "leave when"]);

    [Fact]
    public void Inside_a_block_only_steps_are_offered() =>
        CompletionAssert.Offers(Journey + "if contact in vip {\n    |\n  }\n}", ["send", "tag"], ["when", "goal"]);

    [Fact]
    public void After_when_offers_events_and_trigger_words() =>
        CompletionAssert.Offers("journey j {\n  when |\n}", ["signed_up", "order_placed", "email.opened", "unsubscribed", "contact enters", "contact leaves", "stage becomes", "yearly", "date", "inactive", "no", "schedule", "every"], ["send", "welcome_1"]);

    [Fact]
    public void After_when_and_a_channel_word_offers_its_built_in_events() =>
        CompletionAssert.Offers("journey j {\n  when email.|\n}", ["opened", "clicked", "bounced"], ["signed_up", "delivered_sms"]);

    [Fact]
    public void After_contact_enters_offers_segments() =>
        CompletionAssert.Offers("journey j {\n  when contact enters |\n}", ["vip"], ["signed_up"]);

    [Fact]
    public void After_becomes_offers_stages() =>
        CompletionAssert.Offers("journey j {\n  when stage becomes |\n}", ["subscriber", "lead", "customer"], ["vip"]);

    [Fact]
    public void A_broadcast_audience_may_be_everyone() =>
        CompletionAssert.Offers("journey j {\n  when schedule 2026-12-01 10:00 local for |\n}", ["vip", "everyone"]);

    [Fact]
    public void After_send_offers_channels_and_preferred() =>
        CompletionAssert.Offers(Journey + "send |\n}", ["email", "sms", "push", "webhook", "preferred"], ["welcome_1", "wait"]);

    [Fact]
    public void After_send_email_offers_only_email_templates()
    {
        var items = CompletionAssert.At(Journey + "send email |\n}");
        Assert.Equal(["cart_reminder", "welcome_1"], items.Select(i => i.Label).Order(StringComparer.Ordinal));
        var welcome = items.Single(i => i.Label == "welcome_1");
        Assert.Equal(CompletionItemKind.Template, welcome.Kind);
        Assert.Contains("Welcome, {{ contact.first_name }}!", welcome.Detail, StringComparison.Ordinal);
        Assert.Contains("The first mail a new subscriber gets.", welcome.Documentation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sms", "cart_nudge")]
    [InlineData("push", "app_push")]
    public void Other_channels_offer_only_their_templates(string channel, string template) =>
        CompletionAssert.Offers(Journey + $"send {channel} |\n}}", [template], ["welcome_1"]);

    [Fact]
    public void Send_preferred_options_offer_channels_then_templates()
    {
        CompletionAssert.Offers(Journey + "send preferred {\n    |\n  }\n}", ["email", "sms"], ["welcome_1"]);
        CompletionAssert.Offers(Journey + "send preferred {\n    sms |\n  }\n}", ["cart_nudge"], ["welcome_1"]);
    }

    [Fact]
    public void After_a_template_offers_with_and_at_best_time() =>
        CompletionAssert.Offers(Journey + "send email welcome_1 |\n}", ["with", "at best time"]);

    [Fact]
    public void Template_arguments_are_offered_inside_with() =>
        CompletionAssert.Offers("journey j {\n  when cart_abandoned\n  send email cart_reminder with { | }\n}", ["cart"]);

    [Fact]
    public void Contact_dot_offers_fields_with_their_types()
    {
        var items = CompletionAssert.At(Journey + "if contact.|\n}");
        Assert.Equal(["email", "phone", "first_name", "plan", "birthday", "lifetime_value", "stage"], items.Select(i => i.Label));
        Assert.Equal("phone?", items.Single(i => i.Label == "phone").Detail);
        Assert.Equal("enum(free, pro, enterprise)", items.Single(i => i.Label == "plan").Detail);
        Assert.All(items, i => Assert.Equal(CompletionItemKind.Field, i.Kind));
    }

    [Fact]
    public void Contact_dot_while_typing_a_field_still_offers_fields() =>
        CompletionAssert.Offers(Journey + "if contact.fir|\n}", ["first_name"]);

    [Fact]
    public void Event_dot_offers_the_trigger_events_fields() =>
        CompletionAssert.Offers("journey j {\n  when order_placed\n  if event.|\n}", ["order_id", "total", "category"], ["source", "email"]);

    [Fact]
    public void Event_dot_in_a_trigger_filter_offers_its_fields() =>
        CompletionAssert.Offers("journey j {\n  when cart_abandoned where event.|\n}", ["cart_id", "value"], ["total"]);

    [Fact]
    public void Event_dot_offers_nothing_where_no_event_is_in_scope()
    {
        Assert.Empty(CompletionAssert.At("journey j {\n  when contact enters vip\n  if event.|\n}"));
        Assert.Empty(CompletionAssert.At("segment s = event.|"));
        Assert.Empty(CompletionAssert.At("test \"t\" for j {\n  at 1d set contact.plan = event.|\n}"));
    }

    [Fact]
    public void Inside_received_event_is_the_awaited_event() =>
        CompletionAssert.Offers(Journey + "wait for order_placed up to 2d {\n    received { if event.| }\n  }\n}", ["total", "order_id"], ["source"]);

    [Fact]
    public void Inside_timeout_event_is_the_trigger_event() =>
        CompletionAssert.Offers(Journey + "wait for order_placed up to 2d {\n    received { tag \"x\" }\n    timeout { if event.| }\n  }\n}", ["source"], ["total"]);

    [Fact]
    public void A_wait_for_filter_reads_the_awaited_event() =>
        CompletionAssert.Offers(Journey + "wait for order_placed where event.|\n}", ["total"], ["source"]);

    [Fact]
    public void A_score_rule_filter_reads_its_event() =>
        CompletionAssert.Offers("score s {\n  on cart_abandoned +1 where event.|\n}", ["value", "cart_id"], ["total"]);

    [Fact]
    public void A_goal_filter_reads_the_goal_event() =>
        CompletionAssert.Offers(Journey + "goal order_placed where event.|\n}", ["total"], ["source"]);

    [Fact]
    public void Built_in_event_fields_are_offered() =>
        CompletionAssert.Offers("journey j {\n  when email.clicked\n  if event.|\n}", ["template", "url"]);

    [Fact]
    public void After_wait_offers_for_and_until() =>
        CompletionAssert.Offers(Journey + "wait |\n}", ["for", "until"]);

    [Fact]
    public void After_wait_for_offers_events() =>
        CompletionAssert.Offers(Journey + "wait for |\n}", ["order_placed", "email.clicked"], ["contact"]);

    [Fact]
    public void In_a_wait_for_block_offers_its_branches() =>
        CompletionAssert.Offers(Journey + "wait for order_placed up to 2d {\n    |\n  }\n}", ["received", "timeout"], ["send"]);

    [Theory]
    [InlineData("stage |", "lead", "vip")]
    [InlineData("post |", "crm", "vip")]
    [InlineData("start journey |", "other", "j")]
    [InlineData("score |", "engagement", "vip")]
    [InlineData("if score(|", "engagement", "vip")]
    [InlineData("if opened(|", "welcome_1", "signed_up")]
    [InlineData("if clicked(|", "cart_nudge", "vip")]
    [InlineData("if count(|", "order_placed", "welcome_1")]
    [InlineData("if received(|", "email.opened", "welcome_1")]
    [InlineData("if last(|", "signed_up", "vip")]
    [InlineData("if contact in |", "vip", "order_placed")]
    [InlineData("if contact not in |", "vip", "contact")]
    [InlineData("emit |", "order_placed", "email.opened")]
    [InlineData("notify |", "sales", "send")]
    [InlineData("start |", "journey", "send")]
    public void Names_of_the_right_kind_follow_their_keyword(string step, string expected, string unexpected) =>
        CompletionAssert.Offers(Journey + step + "\n}\n\njourney other {\n  when signed_up\n  exit\n}", [expected], [unexpected]);

    [Fact]
    public void Comparing_an_enum_field_offers_its_values()
    {
        CompletionAssert.Offers(Journey + "if event.source == |\n}", ["web", "app"], ["contact", "today"]);
        CompletionAssert.Offers(Journey + "if contact.plan != |\n}", ["free", "pro", "enterprise"], ["web"]);
    }

    [Fact]
    public void A_list_after_in_offers_the_enum_values()
    {
        CompletionAssert.Offers(Journey + "if contact.plan in [|\n}", ["free", "pro"], ["contact"]);
        CompletionAssert.Offers(Journey + "if contact.plan not in [free, |\n}", ["pro", "enterprise"]);
    }

    [Fact]
    public void Comparing_the_lifecycle_stage_offers_stages() =>
        CompletionAssert.Offers(Journey + "if contact.stage == |\n}", ["subscriber", "customer"]);

    [Fact]
    public void Comparing_an_events_template_offers_templates() =>
        CompletionAssert.Offers("journey j {\n  when email.opened where event.template == |\n}", ["welcome_1", "cart_nudge"]);

    [Fact]
    public void Setting_an_enum_field_offers_its_values() =>
        CompletionAssert.Offers(Journey + "set contact.plan = |\n}", ["free", "pro", "enterprise"]);

    [Fact]
    public void Expression_position_offers_values_and_functions()
    {
        var items = CompletionAssert.At(Journey + "if |\n}");
        var labels = items.Select(i => i.Label).ToList();
        Assert.Subset(new HashSet<string>(labels), new HashSet<string> { "contact", "event", "today", "now", "opened", "count", "days_since", "score" });
        var count = items.Single(i => i.Label == "count");
        Assert.Equal(CompletionItemKind.Function, count.Kind);
        Assert.Equal("count(event within 30d)", count.Detail);
    }

    [Fact]
    public void Event_is_not_offered_in_expressions_without_an_event() =>
        CompletionAssert.Offers("journey j {\n  when contact enters vip\n  if |\n}", ["contact", "today"], ["event"]);

    [Fact]
    public void A_sum_offers_the_number_fields_of_its_event() =>
        CompletionAssert.Offers("segment big = sum(order_placed.|", ["total"], ["order_id", "category"]);

    [Fact]
    public void Last_offers_the_fields_of_its_event() =>
        CompletionAssert.Offers(Journey + "if last(order_placed).|\n}", ["order_id", "total"], ["source"]);

    [Fact]
    public void After_an_operand_offers_operators() =>
        CompletionAssert.Offers(Journey + "if contact.plan |\n}", ["and", "or", "in", "contains", "is set"], ["contact"]);

    [Fact]
    public void Multi_line_conditions_continue_on_the_next_line() =>
        CompletionAssert.Offers("segment s = contact.lifetime_value > 10 and\n  contact.|", ["plan"], ["journey"]);

    [Fact]
    public void A_test_offers_its_items() =>
        CompletionAssert.Offers("test \"t\" for j {\n  |\n}", ["contact", "at", "expect"], ["send"]);

    [Fact]
    public void A_test_event_offers_events() =>
        CompletionAssert.Offers("test \"t\" for j {\n  at 1d event |\n}", ["order_placed", "email.opened"], ["contact"]);

    [Fact]
    public void A_test_event_payload_offers_the_events_fields_not_yet_given()
    {
        CompletionAssert.Offers("test \"t\" for j {\n  at 1d event order_placed { | }\n}", ["order_id", "total", "category"], ["source"]);
        CompletionAssert.Offers("test \"t\" for j {\n  at 1d event order_placed { order_id: \"A\", | }\n}", ["total"], ["order_id"]);
        CompletionAssert.Offers("test \"t\" for j {\n  at 1d event order_placed { category: | }\n}", ["beans", "machines"], ["contact"]);
    }

    [Fact]
    public void A_test_contact_offers_contact_fields_and_enum_values()
    {
        CompletionAssert.Offers("test \"t\" for j {\n  contact { | }\n}", ["email", "first_name", "plan"], ["total"]);
        CompletionAssert.Offers("test \"t\" for j {\n  contact { email: \"a@b.c\", plan: | }\n}", ["pro"], ["web"]);
    }

    [Fact]
    public void A_test_event_names_its_template_from_the_templates() =>
        CompletionAssert.Offers("test \"t\" for j {\n  at 1d event email.opened { template: | }\n}", ["welcome_1"]);

    [Fact]
    public void Expect_offers_what_can_be_expected()
    {
        CompletionAssert.Offers("test \"t\" for j {\n  expect |\n}", ["send", "no", "goal", "exit", "stage", "tag", "post", "notify sales"]);
        CompletionAssert.Offers("test \"t\" for j {\n  expect no send sms |\n}", ["cart_nudge"], ["welcome_1"]);
        CompletionAssert.Offers("test \"t\" for j {\n  expect stage |\n}", ["lead"]);
    }

    [Fact]
    public void A_test_names_its_journey() =>
        CompletionAssert.Offers("journey j {\n  when signed_up\n  exit\n}\ntest \"t\" for |", ["j"]);

    [Fact]
    public void Field_declarations_offer_types() =>
        CompletionAssert.Offers("event e {\n  a: |\n}", ["text", "money", "enum", "list", "email"], ["contact"]);

    [Fact]
    public void Score_and_policy_and_template_bodies_offer_their_words()
    {
        CompletionAssert.Offers("score s {\n  |\n}", ["on", "decay"]);
        CompletionAssert.Offers("score s {\n  on |\n}", ["order_placed", "email.opened"]);
        CompletionAssert.Offers("policy {\n  |\n}", ["quiet hours", "at most"]);
        CompletionAssert.Offers("policy {\n  at most 3 |\n}", ["email", "sms"]);
        CompletionAssert.Offers("template email t {\n  |\n}", ["subject", "body", "preheader"]);
        CompletionAssert.Offers("template sms t {\n  |\n}", ["body"], ["subject"]);
    }

    [Theory]
    [InlineData("// send |")]
    [InlineData("journey j {\n  when signed_up // when |\n}")]
    [InlineData("journey j {\n  tag \"sen|\"\n}")]
    [InlineData("journey j {\n  tag \"unfinished |\n}")]
    [InlineData("/* contact.| */")]
    public void Nothing_is_offered_in_comments_and_texts(string main) => Assert.Empty(CompletionAssert.At(main));

    [Fact]
    public void After_a_closed_text_completion_resumes() =>
        CompletionAssert.Offers(Journey + "tag \"x\"\n  |\n}", ["send"]);

    [Fact]
    public void Else_follows_an_if_block()
    {
        CompletionAssert.Offers(Journey + "if contact in vip { exit } |\n}", ["else"]);
        CompletionAssert.Offers(Journey + "if contact in vip { exit } else |\n}", ["if"]);
        CompletionAssert.Offers(Journey + "if contact in vip { exit } else if contact.|\n}", ["plan"]);
    }
}
