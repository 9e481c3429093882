using MarketingAutomation.Delivery.Email;
using MimeKit;

namespace MarketingAutomation.Delivery.Tests.Infrastructure;

/// <summary>Reads an email's bytes back the way a receiver would, with MimeKit's parser.</summary>
internal static class Wire
{
    public static MimeMessage Parse(WireEmail email) => MimeMessage.Load(new MemoryStream(email.Data.ToArray()));
}
