using MarketingAutomation.Delivery.Links;
using MarketingAutomation.Server.Hosting;

namespace MarketingAutomation.Server.Outbox;

/// <summary>
/// The key that signs tracking and unsubscribe links when none is configured: generated on first
/// start and kept beside the database (readable by its owner only). It must outlive restarts:
/// a new key would break every link in every email already sent.
/// </summary>
internal static class LinkSecretFile
{
    public static string LoadOrCreate(string dataPath)
    {
        var file = dataPath + ".link-secret";
        if (File.Exists(file))
        {
            var stored = File.ReadAllText(file).Trim();
            return stored.Length >= LinkSigner.MinimumSecretLength
                ? stored
                : throw new InvalidOperationException($"The link secret in {file} is shorter than {LinkSigner.MinimumSecretLength} characters; delete the file to have a new one made (links already sent stop working).");
        }

        var secret = LinkSigner.GenerateSecret();
        OwnerOnlyFile.Create(file, secret);
        return secret;
    }
}
