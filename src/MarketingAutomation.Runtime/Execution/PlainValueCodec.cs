namespace MarketingAutomation.Runtime.Execution;

/// <summary>Plain values (see <see cref="FieldInfo"/>) and send arguments in binary: a type tag, then the value.</summary>
internal static class PlainValueCodec
{
    private enum Tag : byte
    {
        Null,
        Text,
        Decimal,
        True,
        False,
        Date,
        Moment,
        Time,
        Duration,
        List,
    }

    public static void Write(BinaryWriter w, object? value)
    {
        switch (value)
        {
            case null:
                w.Write((byte)Tag.Null);
                break;
            case string s:
                w.Write((byte)Tag.Text);
                w.Write(s);
                break;
            case decimal d:
                w.Write((byte)Tag.Decimal);
                w.Write(d);
                break;
            case bool b:
                w.Write((byte)(b ? Tag.True : Tag.False));
                break;
            case DateOnly d:
                w.Write((byte)Tag.Date);
                w.Write(d.DayNumber);
                break;
            case DateTimeOffset m:
                w.Write((byte)Tag.Moment);
                w.Write(m.UtcTicks);
                break;
            case TimeOnly t:
                w.Write((byte)Tag.Time);
                w.Write(t.Ticks);
                break;
            case TimeSpan t:
                w.Write((byte)Tag.Duration);
                w.Write(t.Ticks);
                break;
            case int or long or double:
                w.Write((byte)Tag.Decimal);
                w.Write(Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case System.Collections.IEnumerable items:
                var list = items.Cast<object?>().ToList();
                w.Write((byte)Tag.List);
                w.Write7BitEncodedInt(list.Count);
                foreach (var item in list)
                {
                    Write(w, item);
                }

                break;
            default:
                throw new InvalidOperationException($"A value of type {value.GetType().Name} cannot be stored.");
        }
    }

    public static object? Read(BinaryReader r)
    {
        var tag = (Tag)r.ReadByte();
        switch (tag)
        {
            case Tag.Null: return null;
            case Tag.Text: return r.ReadString();
            case Tag.Decimal: return r.ReadDecimal();
            case Tag.True: return true;
            case Tag.False: return false;
            case Tag.Date: return DateOnly.FromDayNumber(r.ReadInt32());
            case Tag.Moment: return new DateTimeOffset(r.ReadInt64(), TimeSpan.Zero);
            case Tag.Time: return new TimeOnly(r.ReadInt64());
            case Tag.Duration: return new TimeSpan(r.ReadInt64());
            case Tag.List:
                var count = r.Read7BitEncodedInt();
                var items = new object?[count];
                for (var i = 0; i < count; i++)
                {
                    items[i] = Read(r);
                }

                return items;
            default:
                throw new InvalidDataException($"Unknown value tag {(byte)tag} in stored state.");
        }
    }
}
