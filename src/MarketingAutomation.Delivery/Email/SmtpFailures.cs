using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace MarketingAutomation.Delivery.Email;

/// <summary>
/// Sorts what went wrong talking to the SMTP server into "try again later" and "never". A 4xx
/// reply is the server saying "later" (greylisting, a full queue); a 5xx about the recipient or
/// the message is final. Anything about reaching or signing in to the server is transient: it
/// is fixed on our side (the server comes back, the password is corrected), and the outbox keeps
/// the message until then.
/// </summary>
internal static class SmtpFailures
{
    public static DeliveryOutcome Classify(Exception exception) => exception switch
    {
        SmtpCommandException command => FromReply(command),
        AuthenticationException auth => Transient($"signing in to the SMTP server failed: {auth.Message}"),
        SslHandshakeException tls => Transient($"the TLS handshake with the SMTP server failed: {tls.Message}"),
        SmtpProtocolException protocol => Transient($"the SMTP server broke the protocol: {protocol.Message}"),
        SocketException socket => Transient($"cannot reach the SMTP server ({socket.SocketErrorCode}): {socket.Message}"),
        ServiceNotConnectedException or ServiceNotAuthenticatedException => Transient($"the SMTP connection was lost: {exception.Message}"),
        IOException io => Transient($"the SMTP connection failed: {io.Message}"),
        TimeoutException or OperationCanceledException => Transient("the SMTP server did not answer in time"),
        NotSupportedException notSupported => Transient($"the SMTP server lacks a needed feature: {notSupported.Message}"),
        _ => Transient($"sending failed unexpectedly: {exception.GetType().Name}: {exception.Message}"),
    };

    private static DeliveryOutcome FromReply(SmtpCommandException command)
    {
        var code = (int)command.StatusCode;
        var what = command.ErrorCode switch
        {
            SmtpErrorCode.RecipientNotAccepted => $"the recipient {command.Mailbox?.Address} was refused",
            SmtpErrorCode.SenderNotAccepted => $"the sender {command.Mailbox?.Address} was refused",
            SmtpErrorCode.MessageNotAccepted => "the message was refused",
            _ => "the SMTP server refused a command",
        };
        var detail = $"{what}: {code} {command.Message}";

        // Refusing the sender or failing a sign-in is about our configuration, not this message:
        // once it is fixed, the same message goes through, so it must still be there to send.
        var aboutUs = command.ErrorCode == SmtpErrorCode.SenderNotAccepted || code is 530 or 534 or 535 or 538;
        return code is >= 500 and < 600 && !aboutUs
            ? new DeliveryOutcome(DeliveryStatus.PermanentFailure, detail)
            : Transient(detail);
    }

    private static DeliveryOutcome Transient(string detail) => new(DeliveryStatus.TransientFailure, detail);
}
