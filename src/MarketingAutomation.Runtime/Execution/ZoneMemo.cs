using MarketingAutomation.Runtime.Time;

namespace MarketingAutomation.Runtime.Execution;

/// <summary>
/// Recent answers to the zoned-time questions that contact after contact asks: when the weekly
/// broadcast fires next, when tonight's quiet hours end, when the contact's best hour comes round.
/// Contacts share a handful of time zones and a broadcast fires for all of a zone's contacts at one
/// instant, so the same questions come back many times, and each costs a dozen tz lookups.
/// </summary>
/// <remarks>
/// Every answer is a pure function of its key (the zone by reference, the moment as instant and
/// offset, and what else the question takes), so the memo cannot go stale and never changes an
/// outcome. It belongs to one <see cref="StimulusPass"/> (one thread at a time) and is emptied when
/// it reaches <see cref="Bound"/> entries.
/// </remarks>
internal sealed class ZoneMemo
{
    private const int Bound = 4096;

    private readonly Dictionary<Key, DateTimeOffset> answers = [];

    private enum Question
    {
        /// <summary><see cref="ZonedTime.NextWeekly"/> of a recurring trigger (detail: its index among the executor's timed journeys).</summary>
        NextWeekly,

        /// <summary><see cref="ZonedTime.OutOfQuietHours"/> under the workspace's one policy.</summary>
        OutOfQuietHours,

        /// <summary><see cref="ZonedTime.NextLocalHour"/> (detail: the hour).</summary>
        NextLocalHour,
    }

    public DateTimeOffset NextWeekly(int trigger, IReadOnlyList<DayOfWeek> days, TimeOnly time, TimeZoneInfo zone, DateTimeOffset from)
    {
        var key = new Key(Question.NextWeekly, zone, from, trigger);
        if (!answers.TryGetValue(key, out var answer))
        {
            answer = ZonedTime.NextWeekly(days, time, zone, from);
            Remember(key, answer);
        }

        return answer;
    }

    public DateTimeOffset OutOfQuietHours(DateTimeOffset moment, QuietHours window, TimeZoneInfo zone)
    {
        var key = new Key(Question.OutOfQuietHours, zone, moment, 0);
        if (!answers.TryGetValue(key, out var answer))
        {
            answer = ZonedTime.OutOfQuietHours(moment, window, zone);
            Remember(key, answer);
        }

        return answer;
    }

    public DateTimeOffset NextLocalHour(DateTimeOffset from, int hour, TimeZoneInfo zone)
    {
        var key = new Key(Question.NextLocalHour, zone, from, hour);
        if (!answers.TryGetValue(key, out var answer))
        {
            answer = ZonedTime.NextLocalHour(from, hour, zone);
            Remember(key, answer);
        }

        return answer;
    }

    private void Remember(Key key, DateTimeOffset answer)
    {
        if (answers.Count >= Bound)
        {
            answers.Clear();
        }

        answers[key] = answer;
    }

    /// <summary>A question: the zone by reference (zones are resolved once and shared), the moment by instant and offset.</summary>
    private readonly struct Key(Question question, TimeZoneInfo zone, DateTimeOffset moment, int detail) : IEquatable<Key>
    {
        private readonly Question question = question;
        private readonly TimeZoneInfo zone = zone;
        private readonly long utcTicks = moment.UtcTicks;
        private readonly short offsetMinutes = (short)moment.TotalOffsetMinutes;
        private readonly int detail = detail;

        public bool Equals(Key other) =>
            question == other.question && ReferenceEquals(zone, other.zone) && utcTicks == other.utcTicks
            && offsetMinutes == other.offsetMinutes && detail == other.detail;

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public override int GetHashCode() =>
            HashCode.Combine(question, System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(zone), utcTicks, offsetMinutes, detail);
    }
}
