using System.Collections.Concurrent;
using MarketingAutomation.Hosting.Loading;
using MarketingAutomation.Language.Text;
using MarketingAutomation.Language.Workspace;
using MarketingAutomation.Runtime;

namespace MarketingAutomation.Runtime.Tests.Infrastructure;

/// <summary>Compiles journey scripts once per text and hands out their catalogs.</summary>
internal static class Workspaces
{
    private static readonly ConcurrentDictionary<string, Lazy<JourneyCatalog>> Cache = new(StringComparer.Ordinal);

    /// <summary>A contact and policy that most rule tests share; tests add journeys and templates.</summary>
    public const string Schema = """
        contact {
          email: email
          phone: phone?
          first_name: text = "Ala"
          plan: enum(free, pro) = free
          birthday: date?
          renews_on: date?
          consent: bool = true
          spent: money = 0
          timezone: timezone = "Europe/Warsaw"
        }
        event signed_up { source: text }
        event order_placed { total: money }
        event page_viewed { path: text }
        event meeting_booked
        lifecycle { lead -> mql -> customer }
        """;

    public static JourneyCatalog Compile(string script) => Cache.GetOrAdd(script, text => new Lazy<JourneyCatalog>(() =>
    {
        var workspace = JourneyWorkspace.FromDocuments("/virtual/ws", [new SourceText("/virtual/ws/w.journey", text)]);
        var loaded = LoadedWorkspace.From(Compilation.Create(workspace));
        return loaded.Catalog ?? throw new InvalidOperationException(string.Join("\n", loaded.Build.Diagnostics));
    })).Value;

    public static LoadedWorkspace Example(string name) => LoadedWorkspace.FromDirectory(Path.Combine(MarketingAutomation.Testing.SolutionFolder.Path, "examples", name));
}
