using System.Text;
using MarketingAutomation.Delivery.Links;
using MarketingAutomation.Delivery.Tests.Infrastructure;

namespace MarketingAutomation.Delivery.Tests;

public sealed class LinkSignerTests
{
    private static readonly LinkPayload Click = new(LinkKind.Click, "c42:7", "c42", "welcome_1", "https://shop.example.com/beans?x=1&y=2");

    [Theory]
    [InlineData(LinkKind.Open)]
    [InlineData(LinkKind.Unsubscribe)]
    [InlineData(LinkKind.View)]
    public void A_signed_link_reads_back_as_it_was_signed(LinkKind kind)
    {
        var payload = new LinkPayload(kind, "c42:7", "c42", "welcome_1");

        var token = Shop.Signer.Sign(payload);

        Assert.True(Shop.Signer.TryRead(token, kind, out var read, out var reason), reason);
        Assert.Equal(payload, read);
        Assert.DoesNotContain(token, c => c is '+' or '/' or '=');
    }

    [Fact]
    public void A_click_link_carries_the_one_target_it_was_signed_for()
    {
        Assert.True(Shop.Signer.TryRead(Shop.Signer.Sign(Click), LinkKind.Click, out var read, out _));

        Assert.Equal("https://shop.example.com/beans?x=1&y=2", read.Target);
    }

    [Fact]
    public void Changing_any_character_of_a_token_makes_it_rejected()
    {
        var token = Shop.Signer.Sign(Click);

        for (var i = 0; i < token.Length; i++)
        {
            var changed = token[..i] + (token[i] == 'A' ? 'B' : 'A') + token[(i + 1)..];
            Assert.False(Shop.Signer.TryRead(changed, out _, out var reason), $"accepted with character {i} changed");
            Assert.NotNull(reason);
        }
    }

    [Fact]
    public void A_token_whose_target_is_replaced_is_rejected()
    {
        // The payload is readable (it is only signed), so an attacker can rewrite the target and
        // re-encode it; the signature no longer matches and the redirect never happens.
        var bytes = System.Buffers.Text.Base64Url.DecodeFromChars(Shop.Signer.Sign(Click));
        var text = Encoding.UTF8.GetString(bytes);
        var at = text.IndexOf("shop.example.com", StringComparison.Ordinal);
        Assert.True(at > 0);
        var evil = Encoding.UTF8.GetBytes("evil.example.com");
        var offset = Encoding.UTF8.GetByteCount(text[..at]);
        evil.CopyTo(bytes, offset);

        Assert.False(Shop.Signer.TryRead(System.Buffers.Text.Base64Url.EncodeToString(bytes), out _, out var reason));
        Assert.Contains("signature", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_token_of_another_kind_is_rejected_with_the_reason()
    {
        var open = Shop.Signer.Sign(new LinkPayload(LinkKind.Open, "c42:7", "c42", "welcome_1"));

        Assert.False(Shop.Signer.TryRead(open, LinkKind.Unsubscribe, out var payload, out var reason));
        Assert.Null(payload);
        Assert.Equal("the link was made for open, not for unsubscribe", reason);
    }

    [Fact]
    public void A_token_signed_with_another_secret_is_rejected()
    {
        var other = new LinkSigner(LinkSigner.GenerateSecret());

        Assert.False(Shop.Signer.TryRead(other.Sign(Click), out _, out var reason));
        Assert.Contains("signature", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("!!!not base64!!!")]
    [InlineData("AAAA")]
    public void Garbage_is_rejected_without_an_exception(string token)
    {
        Assert.False(Shop.Signer.TryRead(token, out _, out var reason));
        Assert.NotEmpty(reason);
    }

    [Fact]
    public void Secrets_are_random_and_long_enough_and_short_ones_are_refused()
    {
        var first = LinkSigner.GenerateSecret();

        Assert.NotEqual(first, LinkSigner.GenerateSecret());
        Assert.True(first.Length >= LinkSigner.MinimumSecretLength);
        Assert.Throws<ArgumentException>(() => new LinkSigner("too-short"));
    }

    [Fact]
    public void Only_a_click_link_has_a_target()
    {
        Assert.Throws<ArgumentException>(() => Shop.Signer.Sign(Click with { Target = null }));
        Assert.Throws<ArgumentException>(() => Shop.Signer.Sign(Click with { Kind = LinkKind.Open }));
    }
}
