using System.Text;

namespace MarketingAutomation.Server.Hosting;

/// <summary>A secret written beside the database: created once, readable and writable by its owner only.</summary>
internal static class OwnerOnlyFile
{
    /// <summary>Writes a new file (never overwriting one), creating its folder if needed.</summary>
    public static void Create(string path, string text)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var writer = new StreamWriter(path, Encoding.UTF8, options);
        writer.Write(text);
    }
}
