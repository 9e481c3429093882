using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MarketingAutomation.Server.Hosting;
using Microsoft.Extensions.Configuration;

namespace MarketingAutomation.Server.Api;

public enum ApiScope
{
    /// <summary>Sends events and writes contacts.</summary>
    Ingest,

    /// <summary>Everything: reads, deploys, statistics, and what ingest may do.</summary>
    Admin,
}

/// <summary>
/// The two API keys. From configuration (`ApiKeys:Ingest` and `ApiKeys:Admin` in appsettings.json,
/// or the environment variables `MA_ApiKeys__Ingest` and `MA_ApiKeys__Admin`); with neither set,
/// generated on first start and kept in a file beside the database (readable by its owner only),
/// so a restart keeps them.
/// </summary>
public sealed class ApiKeys
{
    private static readonly JsonSerializerOptions FileFormat = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true };

    private readonly byte[] ingest;
    private readonly byte[] admin;

    private ApiKeys(string ingest, string admin, string? file)
    {
        Ingest = ingest;
        Admin = admin;
        File = file;
        this.ingest = Encoding.UTF8.GetBytes(ingest);
        this.admin = Encoding.UTF8.GetBytes(admin);
    }

    public string Ingest { get; }

    public string Admin { get; }

    /// <summary>The file the keys were generated into, or null when they come from configuration.</summary>
    public string? File { get; }

    public static ApiKeys Load(IConfiguration configuration, string dataPath)
    {
        var ingest = configuration["ApiKeys:Ingest"];
        var admin = configuration["ApiKeys:Admin"];
        if (!string.IsNullOrWhiteSpace(ingest) || !string.IsNullOrWhiteSpace(admin))
        {
            if (string.IsNullOrWhiteSpace(ingest) || string.IsNullOrWhiteSpace(admin))
            {
                throw new InvalidOperationException("Configure both API keys (ApiKeys:Ingest and ApiKeys:Admin), or neither to have them generated.");
            }

            return new ApiKeys(ingest, admin, null);
        }

        var file = dataPath + ".keys.json";
        if (System.IO.File.Exists(file))
        {
            var stored = JsonSerializer.Deserialize<StoredKeys>(System.IO.File.ReadAllText(file), FileFormat)
                ?? throw new InvalidOperationException($"The API keys file {file} is empty.");
            return new ApiKeys(stored.Ingest, stored.Admin, file);
        }

        var keys = new StoredKeys(NewKey("ma_ingest_"), NewKey("ma_admin_"));
        OwnerOnlyFile.Create(file, JsonSerializer.Serialize(keys, new JsonSerializerOptions { WriteIndented = true }));
        return new ApiKeys(keys.Ingest, keys.Admin, file);
    }

    /// <summary>The scope a presented key grants, or null for no (or a wrong) key. Compared in constant time.</summary>
    public ApiScope? ScopeOf(string? presented)
    {
        if (string.IsNullOrEmpty(presented))
        {
            return null;
        }

        var bytes = Encoding.UTF8.GetBytes(presented);
        return CryptographicOperations.FixedTimeEquals(bytes, admin) ? ApiScope.Admin
            : CryptographicOperations.FixedTimeEquals(bytes, ingest) ? ApiScope.Ingest
            : null;
    }

    private static string NewKey(string prefix) => prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));

    private sealed record StoredKeys(string Ingest, string Admin);
}
