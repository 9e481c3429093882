using MarketingAutomation.Language.Workspace;

namespace MarketingAutomation.Language.Tests.Workspace;

public sealed class WorkspaceDiscoveryTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("ma-discovery-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void A_folder_stands_for_every_workspace_below_it()
    {
        Write("shop/a.journey");
        Write("shop/templates/x.liquid");
        Write("b2b/b.journey");
        Write("node_modules/pkg/c.journey");
        Write("docs/readme.md");

        var found = WorkspaceDiscovery.Discover([root]);

        Assert.Equal([Path.Combine(root, "b2b"), Path.Combine(root, "shop")], found.Select(w => w.Directory));
        Assert.All(found, w => Assert.Null(w.OnlyFiles));
    }

    [Fact]
    public void A_file_is_checked_within_its_folders_workspace()
    {
        var file = Write("shop/a.journey");
        Write("shop/b.journey");

        var request = Assert.Single(WorkspaceDiscovery.Discover([file]));

        Assert.Equal(Path.Combine(root, "shop"), request.Directory);
        Assert.Equal([Path.GetFullPath(file)], request.OnlyFiles ?? new HashSet<string>());
    }

    [Fact]
    public void A_missing_path_is_reported_by_name()
    {
        var error = Assert.Throws<FileNotFoundException>(() => WorkspaceDiscovery.Discover([Path.Combine(root, "nope")]));
        Assert.Contains("nope", error.Message);
    }

    [Fact]
    public void Declarations_are_visible_across_files_of_a_workspace()
    {
        Write("ws/schema.journey", "contact { email: email }\nevent signed_up { source: text }\ntemplate email hi { subject \"Hi\" body \"Hello\" }\n");
        Write("ws/journey.journey", "journey j {\n  when signed_up\n  send email hi\n}\n");

        var compilation = Compilation.Create(JourneyWorkspace.FromDirectory(Path.Combine(root, "ws")));

        Assert.Empty(compilation.Diagnostics);
    }

    private string Write(string relative, string text = "")
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path) ?? root);
        File.WriteAllText(path, text);
        return path;
    }
}
