using MarketingAutomation.Language.Services;

namespace MarketingAutomation.Language.Tests.Services;

public sealed class HoverTests
{
    private static Hover? At(string main, IReadOnlyDictionary<string, string>? others = null)
    {
        var workspace = ServiceWorkspace.Create(main, others);
        return HoverService.GetHover(workspace.Compilation, workspace.Tree, workspace.Position);
    }

    private static string MarkdownAt(string main) => Assert.IsType<Hover>(At(main)).Markdown;

    [Fact]
    public void A_contact_field_shows_its_owner_name_and_type()
    {
        var workspace = ServiceWorkspace.Create("segment s = contact.ph|one is set");
        var hover = Assert.IsType<Hover>(HoverService.GetHover(workspace.Compilation, workspace.Tree, workspace.Position));
        Assert.Contains("(field) contact.phone: phone?", hover.Markdown, StringComparison.Ordinal);
        Assert.Equal("phone", workspace.TextAt(hover.Span));
    }

    [Fact]
    public void A_field_with_a_default_shows_it() =>
        Assert.Contains("(field) contact.plan: enum(free, pro, enterprise) = free", MarkdownAt("segment s = contact.pl|an == pro"), StringComparison.Ordinal);

    [Fact]
    public void An_event_shows_its_fields()
    {
        var markdown = MarkdownAt("journey j {\n  when order_pl|aced\n  exit\n}");
        Assert.Contains("(event) order_placed", markdown, StringComparison.Ordinal);
        Assert.Contains("`total: money`", markdown, StringComparison.Ordinal);
        Assert.Contains("`category: enum(beans, machines)`", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_built_in_event_says_so() =>
        Assert.Contains("Built-in engagement event.", MarkdownAt("journey j {\n  when email.cli|cked\n  exit\n}"), StringComparison.Ordinal);

    [Fact]
    public void A_template_shows_channel_subject_and_documentation()
    {
        var markdown = MarkdownAt("journey j {\n  when signed_up\n  send email welc|ome_1\n}");
        Assert.Contains("(template) email welcome_1", markdown, StringComparison.Ordinal);
        Assert.Contains("Subject: Welcome, {{ contact.first_name }}!", markdown, StringComparison.Ordinal);
        Assert.Contains("The first mail a new subscriber gets.", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_segment_shows_its_condition_and_documentation()
    {
        var markdown = MarkdownAt("journey j {\n  when contact enters v|ip\n  exit\n}");
        Assert.Contains("(segment) vip = contact.lifetime_value > 1000", markdown, StringComparison.Ordinal);
        Assert.Contains("Big spenders.", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stage_shows_its_place_in_the_lifecycle() =>
        Assert.Contains("subscriber → **lead** → customer", MarkdownAt("journey j {\n  when signed_up\n  stage le|ad\n}"), StringComparison.Ordinal);

    [Fact]
    public void A_score_connection_and_journey_show_their_kind()
    {
        Assert.Contains("(score) engagement", MarkdownAt("segment s = score(engag|ement) > 3"), StringComparison.Ordinal);
        Assert.Contains("(connection) crm", MarkdownAt("journey j {\n  when signed_up\n  post c|rm\n}"), StringComparison.Ordinal);
        Assert.Contains("Trigger: `when signed_up`", MarkdownAt("journey j|j {\n  when signed_up\n  exit\n}"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_declaration_name_has_a_hover_too() =>
        Assert.Contains("(event) my_event", MarkdownAt("// Doc of my event.\nevent my_ev|ent { a: text }"), StringComparison.Ordinal);

    [Fact]
    public void A_built_in_function_shows_usage_and_description()
    {
        var markdown = MarkdownAt("segment s = cou|nt(order_placed within 30d) > 2");
        Assert.Contains("count(event within 30d): number", markdown, StringComparison.Ordinal);
        Assert.Contains("How often the event happened", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Event_shows_which_event_it_is_here() =>
        Assert.Contains("(value) event: order_placed", MarkdownAt("journey j {\n  when order_placed\n  if ev|ent.total > 5 { exit }\n}"), StringComparison.Ordinal);

    [Fact]
    public void Keywords_and_empty_space_have_no_hover()
    {
        Assert.Null(At("journey j {\n  wh|en signed_up\n  exit\n}"));
        Assert.Null(At("  |  "));
    }
}
