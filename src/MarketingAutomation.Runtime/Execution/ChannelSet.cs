using System.Collections;
using System.Numerics;

namespace MarketingAutomation.Runtime.Execution;

/// <summary>
/// A set of channels as one bit per <see cref="Channel"/>: the channels a contact unsubscribed
/// from, inside the contact's state rather than a hash set of its own. A value, like
/// <see cref="NameSet"/>: <see cref="With"/> returns a new set.
/// </summary>
public readonly struct ChannelSet : IReadOnlyCollection<Channel>
{
    private readonly byte bits;

    private ChannelSet(byte bits) => this.bits = bits;

    /// <summary>Every channel there is (an unsubscribe without a channel).</summary>
    public static ChannelSet All { get; } = new(Enum.GetValues<Channel>());

    public ChannelSet(IEnumerable<Channel> channels)
    {
        foreach (var channel in channels)
        {
            bits |= Bit(channel);
        }
    }

    public int Count => BitOperations.PopCount(bits);

    public bool Contains(Channel channel) => (bits & Bit(channel)) != 0;

    public ChannelSet With(Channel channel) => new((byte)(bits | Bit(channel)));

    public ChannelSet Union(ChannelSet other) => new((byte)(bits | other.bits));

    public IEnumerator<Channel> GetEnumerator()
    {
        for (var i = 0; i < 8; i++)
        {
            if ((bits & (1 << i)) != 0)
            {
                yield return (Channel)i;
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The channel's bit; a value outside the byte (a channel from corrupt data) is refused.</summary>
    private static byte Bit(Channel channel) =>
        (uint)channel < 8 ? (byte)(1 << (int)channel) : throw new ArgumentOutOfRangeException(nameof(channel), channel, "no such channel");
}
