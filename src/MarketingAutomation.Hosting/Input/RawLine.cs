namespace MarketingAutomation.Hosting.Input;

/// <summary>
/// One line of a JSON Lines file as bytes, without its line break. <see cref="TooLong"/> lines
/// carry no bytes: they were skipped while reading rather than held in memory.
/// </summary>
public sealed record RawLine(int Number, byte[] Bytes, bool TooLong);
