using System.Diagnostics;
using System.Text.Json;
using MarketingAutomation.Language.Syntax;
using MarketingAutomation.Language.Text;
using MarketingAutomation.Language.Workspace;
using MarketingAutomation.LanguageServer.Documents;
using MarketingAutomation.LanguageServer.Features;
using MarketingAutomation.LanguageServer.Protocol;
using MarketingAutomation.LanguageServer.Workspaces;

namespace MarketingAutomation.LanguageServer.Hosting;

/// <summary>
/// Types into a small in-memory workspace and runs the editor features once on it, on a thread of
/// its own, once the first build is done. A method's first call compiles it: the first completion
/// took 20 ms and more (the service, the conversions, the JSON contract of the answer) where later
/// ones take 3, and the first keystroke's re-parse 60 ms where later ones take 2.
/// Warming pays that while the editor is still showing the first diagnostics. Only the features
/// asked for while typing are warmed, to keep it short; it runs after the first build rather
/// than beside it because on two busy cores the two slowed each other down.
/// </summary>
internal static class Warmup
{
    private const string Folder = "/journey-warmup";


    /// <summary>Covers most of the grammar, so completion and hover meet most kinds of symbol.</summary>
    private const string Sample = """
        contact { email: email  first_name: text  country: text  tier: enum(standard, gold) = standard  sms_consent: bool = false }
        event signed_up { source: enum(web, app) }
        event order_placed { order_id: text  total: money }
        connection shop_api
        template email hello { subject "Hi {{ contact.first_name }}" body "Hello {% if contact.tier == \"gold\" %}VIP{% endif %}" }
        template sms ping "Hi {{ contact.first_name }}"
        segment buyers = count(order_placed within 30d) > 0 and contact.country in ["PL", "DE"]
        score loyalty {
          on order_placed +25 where event.total >= 200 max 5 per 7d
          decay 10% every 90d
        }
        journey welcome {
          when signed_up
          entry once
          goal order_placed within 30d
          leave when unsubscribed
          send email hello
          wait 2d
          if opened(hello) and contact in buyers {
            tag "engaged"
            score loyalty += 5
          } else if contact.sms_consent {
            send sms ping
          } else {
            wait for order_placed up to 7d {
              received { untag "engaged" }
              timeout { send email hello }
            }
          }
        }
        test "a sign-up gets the greeting" for welcome {
          contact { email: "a@example.com", first_name: "Ada", country: "PL" }
          at 0s event signed_up { source: web }
          expect send email hello at 0s
        }
        """;

    /// <summary>A half-typed line, as when typing: the parser's error recovery runs too.</summary>
    private const string Typing = "journey typing {\n  when signed_up\n  send email \n  if contact.\n}\n";

    private const int RebuildRounds = 40;

    private static int started;

    /// <summary>Once per process: compiled code and ANTLR's tables are shared by every connection.</summary>
    public static void Start(JsonSerializerOptions wireOptions)
    {
        if (Interlocked.Exchange(ref started, 1) == 0)
        {
            // A thread of its own rather than the pool's: the pool's few threads serve requests.
            new Thread(() => Run(wireOptions)) { IsBackground = true, Name = "journey warm-up" }.Start();
        }
    }

    private static void Run(JsonSerializerOptions wireOptions)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            // First of all one re-parse, alone: the first build compiled everything a keystroke
            // runs but the incremental re-parse, and a keystroke may come at once.
            var typingAt = Sample.IndexOf("send email hello", StringComparison.Ordinal);
            _ = SyntaxTree.Parse(new SourceText(Folder + "/sample.journey", Sample))
                .WithChangedText(new SourceText(Folder + "/sample.journey", Sample.Insert(typingAt, "x")));
            ServerTrace.Write($"warm-up: re-parsed in {Stopwatch.GetElapsedTime(started).TotalMilliseconds:F1} ms");

            var workspace = JourneyWorkspace.FromDocuments(
                Folder,
                [new SourceText(Folder + "/sample.journey", Sample), new SourceText(Folder + "/typing.journey", Typing)],
                _ => null);
            var compilation = Compilation.Create(workspace);
            _ = compilation.Model;
            ServerTrace.Write($"warm-up: compiled in {Stopwatch.GetElapsedTime(started).TotalMilliseconds:F1} ms");

            // Type first: an editor's first action is usually an edit, and the first keystrokes
            // should not pay for compiling the re-parse and binder. Each round types or deletes a
            // character inside the first journey, as typing does, so re-parsing only that journey
            // and moving what follows both run (appending at the end would leave the move out).
            var typed = compilation;
            for (var i = 0; i < RebuildRounds; i++)
            {
                var text = i % 2 == 0 ? Sample.Insert(typingAt, "x") : Sample;
                typed = typed.WithDocument(new SourceText(Folder + "/sample.journey", text));
                _ = typed.Diagnostics;
            }

            ServerTrace.Write($"warm-up: typed in {Stopwatch.GetElapsedTime(started).TotalMilliseconds:F1} ms");

            var snapshot = new WorkspaceSnapshot(0, compilation, new Dictionary<string, OpenDocument>());
            foreach (var tree in compilation.SyntaxTrees)
            {
                var document = new DocumentContext(snapshot, tree, DocumentUri.FromPath(tree.Source.Path));
                foreach (var offset in Offsets(tree.Source.Text))
                {
                    var position = PositionOf(document, offset);
                    Serialize(CompletionFeature.Get(document, position), wireOptions);
                    Serialize(HoverFeature.Get(document, position), wireOptions);
                    Serialize(SignatureHelpFeature.Get(document, position), wireOptions);
                    Serialize(NavigationFeature.Definition(document, position), wireOptions);
                }
            }

            var diagnostics = compilation.Diagnostics.Select(Conversion.DiagnosticConverter.ToProtocol).ToList();
            Serialize(new PublishDiagnosticsParams(DocumentUri.FromPath(Folder + "/typing.journey"), diagnostics, 1), wireOptions);
            ServerTrace.Write($"warm-up: done in {Stopwatch.GetElapsedTime(started).TotalMilliseconds:F1} ms");
        }
        catch (Exception e)
        {
            // Warming is an optimisation: whatever goes wrong here, the real requests still work.
            ServerTrace.Write($"warm-up failed: {e}");
        }
    }

    /// <summary>Where requests usually land: after a keyword, inside a name, after a dot.</summary>
    private static IEnumerable<int> Offsets(string text) =>
        new[] { "send email ", "send email he", "contact.", "if opened(", "when ", "score loyalty" }
            .Select(marker => text.IndexOf(marker, StringComparison.Ordinal) is var at and >= 0 ? at + marker.Length : -1)
            .Where(offset => offset >= 0);

    private static Position PositionOf(DocumentContext document, int offset) =>
        document.RangeOf(new TextSpan(offset, 0)).Start;

    private static void Serialize<T>(T value, JsonSerializerOptions options) =>
        _ = JsonSerializer.SerializeToUtf8Bytes(value, options);
}
