using MarketingAutomation.Testing;
using System.Net.Sockets;
using MailKit.Net.Smtp;
using MailKit.Security;
using MarketingAutomation.Delivery.Email;
using MimeKit;

namespace MarketingAutomation.Delivery.Tests;

/// <summary>SMTP replies and errors the loopback server cannot be made to produce, classified directly.</summary>
public sealed class SmtpFailureTests
{
    private static readonly MailboxAddress Someone = new(null, "someone@example.com");

    [Theory]
    [InlineData(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxUnavailable, DeliveryStatus.PermanentFailure)]
    [InlineData(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxNameNotAllowed, DeliveryStatus.PermanentFailure)]
    [InlineData(SmtpErrorCode.MessageNotAccepted, SmtpStatusCode.ExceededStorageAllocation, DeliveryStatus.PermanentFailure)]
    [InlineData(SmtpErrorCode.MessageNotAccepted, SmtpStatusCode.TransactionFailed, DeliveryStatus.PermanentFailure)]
    [InlineData(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxBusy, DeliveryStatus.TransientFailure)]
    [InlineData(SmtpErrorCode.MessageNotAccepted, SmtpStatusCode.InsufficientStorage, DeliveryStatus.TransientFailure)]
    [InlineData(SmtpErrorCode.SenderNotAccepted, SmtpStatusCode.MailboxUnavailable, DeliveryStatus.TransientFailure)]
    [InlineData(SmtpErrorCode.UnexpectedStatusCode, SmtpStatusCode.AuthenticationRequired, DeliveryStatus.TransientFailure)]
    public void Replies_are_classified_by_code_and_by_whom_they_refuse(SmtpErrorCode error, SmtpStatusCode status, DeliveryStatus expected)
    {
        var outcome = SmtpFailures.Classify(new SmtpCommandException(error, status, Someone, "refused"));

        Assert.Equal(expected, outcome.Status);
        Assert.Contains(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture), outcome.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Trouble_reaching_or_signing_in_to_the_server_is_transient()
    {
        Exception[] failures =
        [
            new SocketException((int)SocketError.ConnectionRefused),
            new TimeoutException(),
            new IOException("reset"),
            new AuthenticationException("535 bad password"),
            new SmtpProtocolException("garbled"),
        ];

        Assert.All(failures, failure => Assert.Equal(DeliveryStatus.TransientFailure, SmtpFailures.Classify(failure).Status));
    }
}
