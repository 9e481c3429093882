using System.Buffers;
using System.Text;
using System.Text.Json;

namespace MarketingAutomation.Server;

/// <summary>
/// Builds a JSON text in a buffer its thread keeps for the next one. Every event the server takes
/// writes a timeline row and often an outbox row as JSON; a fresh writer, its own buffer and a
/// growing memory stream for each were over a quarter of what a contact's grain allocated per
/// event, and so a share of the collector's work under load (tests/MarketingAutomation.LoadTest/README.md).
/// </summary>
internal static class JsonBuilder
{
    /// <summary>A buffer grown past this by one unusually large text is not kept.</summary>
    private const int KeptCapacity = 64 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? writer;

    [ThreadStatic]
    private static bool inUse;

    /// <summary>The text <paramref name="write"/> writes (<paramref name="state"/> passed along, so the caller needs no closure).</summary>
    public static string Write<TState>(TState state, Action<Utf8JsonWriter, TState> write) =>
        Build(state, write, static written => Encoding.UTF8.GetString(written));

    /// <summary>
    /// The same text as UTF-8 bytes, for a store that keeps it as they are: no string made from
    /// the bytes only to be encoded back into bytes when it is bound.
    /// </summary>
    public static byte[] WriteUtf8<TState>(TState state, Action<Utf8JsonWriter, TState> write) =>
        Build(state, write, static written => written.ToArray());

    private static TResult Build<TState, TResult>(TState state, Action<Utf8JsonWriter, TState> write, Func<ReadOnlySpan<byte>, TResult> result)
    {
        if (inUse)
        {
            // Called from inside another text's writing: that one holds this thread's buffer.
            var own = new ArrayBufferWriter<byte>();
            using var ownWriter = new Utf8JsonWriter(own);
            return Finish(ownWriter, own, state, write, result);
        }

        var kept = buffer ??= new ArrayBufferWriter<byte>(1024);
        var keptWriter = writer ??= new Utf8JsonWriter(kept);
        kept.ResetWrittenCount();
        keptWriter.Reset(kept);
        inUse = true;
        try
        {
            return Finish(keptWriter, kept, state, write, result);
        }
        finally
        {
            inUse = false;
            if (kept.Capacity > KeptCapacity)
            {
                buffer = null;
                writer = null;
            }
        }
    }

    private static TResult Finish<TState, TResult>(Utf8JsonWriter writer, ArrayBufferWriter<byte> into, TState state, Action<Utf8JsonWriter, TState> write, Func<ReadOnlySpan<byte>, TResult> result)
    {
        write(writer, state);
        writer.Flush();
        return result(into.WrittenSpan);
    }
}
