using MarketingAutomation.Language.Services;

namespace MarketingAutomation.Language.Tests.Services;

public sealed class JourneyGraphTests
{
    private static JourneyGraph Graph(string journey, string name = "j")
    {
        var workspace = ServiceWorkspace.Create(journey + "|");
        return Assert.IsType<JourneyGraph>(JourneyGraphService.GetGraph(workspace.Compilation, name));
    }

    private static string Describe(JourneyGraph graph) =>
        string.Join("\n", graph.Edges.Select(e => $"{Label(graph, e.From)} -> {Label(graph, e.To)}{(e.Label is null ? string.Empty : $" [{e.Label}]")}"));

    private static string Label(JourneyGraph graph, string id) => graph.Nodes.Single(n => n.Id == id).Label;

    [Fact]
    public void If_else_if_else_branches_and_joins()
    {
        var graph = Graph("""
            journey j {
              when signed_up
              send email welcome_1
              if opened(welcome_1) {
                send email cart_reminder
              } else if contact in vip {
                send push app_push
              } else {
                send sms cart_nudge
              }
              exit
            }
            """);

        Assert.Equal(["trigger", "send", "if", "send", "if", "send", "send", "exit", "end"], graph.Nodes.Select(n => n.Kind));
        Assert.Equal("""
            when signed_up -> send email welcome_1
            send email welcome_1 -> if opened(welcome_1)
            if opened(welcome_1) -> send email cart_reminder [yes]
            if opened(welcome_1) -> else if contact in vip [no]
            else if contact in vip -> send push app_push [yes]
            else if contact in vip -> send sms cart_nudge [no]
            send email cart_reminder -> exit
            send push app_push -> exit
            send sms cart_nudge -> exit
            exit -> end
            """.ReplaceLineEndings("\n"), Describe(graph));
    }

    [Fact]
    public void An_if_without_else_continues_on_no()
    {
        var graph = Graph("journey j {\n  when signed_up\n  if contact in vip { tag \"vip\" }\n  wait 1d\n}");
        Assert.Equal("""
            when signed_up -> if contact in vip
            if contact in vip -> tag "vip" [yes]
            tag "vip" -> wait 1d
            if contact in vip -> wait 1d [no]
            wait 1d -> end
            """.ReplaceLineEndings("\n"), Describe(graph));
    }

    [Fact]
    public void A_split_has_one_labelled_edge_per_arm()
    {
        var graph = Graph("journey j {\n  when cart_abandoned\n  split \"test\" {\n    a 50% { send email cart_reminder }\n    b 50% { }\n  }\n  tag \"done\"\n}");
        Assert.Equal("""
            when cart_abandoned -> split "test"
            split "test" -> send email cart_reminder [a 50%]
            send email cart_reminder -> tag "done"
            split "test" -> tag "done" [b 50%]
            tag "done" -> end
            """.ReplaceLineEndings("\n"), Describe(graph));
    }

    [Fact]
    public void A_wait_for_branches_on_received_and_timeout()
    {
        var graph = Graph("journey j {\n  when signed_up\n  wait for order_placed up to 5d {\n    received { stage customer }\n  }\n  exit\n}");
        Assert.Equal("""
            when signed_up -> wait for order_placed up to 5d
            wait for order_placed up to 5d -> stage customer [received]
            stage customer -> exit
            wait for order_placed up to 5d -> exit [timeout]
            exit -> end
            """.ReplaceLineEndings("\n"), Describe(graph));
    }

    [Fact]
    public void Nodes_lead_back_to_the_script()
    {
        var workspace = ServiceWorkspace.Create("journey j {\n  when signed_up\n  wait 1d\n}\n|");
        var graph = Assert.IsType<JourneyGraph>(JourneyGraphService.GetGraph(workspace.Compilation, "j"));
        var wait = Assert.Single(graph.Nodes, n => n.Kind == "wait");
        Assert.Equal("wait 1d", workspace.TextAt(wait.Span));
        Assert.Equal(ServiceWorkspace.MainPath, wait.Path);
        Assert.Null(JourneyGraphService.GetGraph(workspace.Compilation, "nope"));
    }

    [Fact]
    public void The_journey_at_a_position_is_found_in_journeys_and_tests()
    {
        var workspace = ServiceWorkspace.Create("journey j {\n  when signed_up\n  wait 1d\n}\ntest \"t\" for j {\n  expect |exit\n}\n");
        Assert.Equal("j", JourneyGraphService.FindJourneyAt(workspace.Tree, workspace.Position));
        Assert.Equal("j", JourneyGraphService.FindJourneyAt(workspace.Tree, 5));
        Assert.Null(JourneyGraphService.FindJourneyAt(workspace.Tree, workspace.Tree.Source.Text.Length));
    }
}
