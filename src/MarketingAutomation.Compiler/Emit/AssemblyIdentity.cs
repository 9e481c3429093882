using System.Globalization;
using System.Text;

namespace MarketingAutomation.Compiler.Emit;

/// <summary>The compiled assembly's name and version, from the workspace's folder name and content hash only.</summary>
internal static class AssemblyIdentity
{
    public static string Name(string workspaceName)
    {
        var builder = new StringBuilder();
        foreach (var c in workspaceName)
        {
            builder.Append(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '-' or '.' ? c : '_');
        }

        var name = builder.ToString().Trim('.');
        return (name.Length == 0 ? "Workspace" : name) + ".Journeys";
    }

    /// <summary>1.0.x.y with x and y taken from the hash, so a different workspace gets a different version.</summary>
    public static Version Version(string contentHash)
    {
        var build = int.Parse(contentHash[..4], NumberStyles.HexNumber, CultureInfo.InvariantCulture) % 65535;
        var revision = int.Parse(contentHash[4..8], NumberStyles.HexNumber, CultureInfo.InvariantCulture) % 65535;
        return new Version(1, 0, build, revision);
    }
}
