using MailKit.Net.Smtp;

namespace MarketingAutomation.Delivery.Email;

/// <summary>
/// An SMTP client that sends every message with DATA, never as binary chunks (BDAT), so that the
/// server holds a message only once the line that ends its data has been written.
/// </summary>
/// <remarks>
/// The hand-over window is entered once the client has reported all of a message's data (see
/// <see cref="SmtpConnectionPool"/>). With DATA, the end-of-data line comes after that report, so
/// the server cannot hold the message before the window is entered. With BDAT, the server holds
/// it as soon as the last byte arrives, which the client may already have written. The client
/// uses BDAT only when it prefers it (this one never does) or when a part needs binary transfer,
/// which never happens here: <see cref="WireEmail"/>s are 7-bit.
/// </remarks>
internal sealed class DataCommandSmtpClient : SmtpClient
{
    protected override bool PreferSendAsBinaryData => false;
}
