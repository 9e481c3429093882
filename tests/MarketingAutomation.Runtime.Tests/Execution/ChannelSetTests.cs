using MarketingAutomation.Runtime.Execution;

namespace MarketingAutomation.Runtime.Tests.Execution;

public sealed class ChannelSetTests
{
    [Fact]
    public void Channels_are_added_once_and_enumerated_in_their_order()
    {
        var set = default(ChannelSet).With(Channel.Push).With(Channel.Email).With(Channel.Push);
        Assert.Equal([Channel.Email, Channel.Push], set);
        Assert.Equal(2, set.Count);
        Assert.True(set.Contains(Channel.Email));
        Assert.False(set.Contains(Channel.Sms));
        Assert.Empty(default(ChannelSet));
    }

    [Fact]
    public void All_has_every_channel_and_a_union_has_both()
    {
        Assert.Equal(Enum.GetValues<Channel>(), ChannelSet.All);
        var union = new ChannelSet([Channel.Sms]).Union(new ChannelSet([Channel.Webhook]));
        Assert.Equal([Channel.Sms, Channel.Webhook], union);
    }

    [Fact]
    public void A_channel_outside_the_set_s_range_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => default(ChannelSet).With((Channel)200));
}
