using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace MarketingAutomation.Server.Storage;

/// <summary>
/// One SQL statement prepared once on the writer's connection and run with positional values
/// straight through SQLite's C API. The writer runs tens of thousands of inserts a second, and a
/// <see cref="SqliteCommand"/> execution (a data reader, a binder per parameter) costs about a
/// third more than the insert itself. It runs inside whatever transaction the connection has open.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 database;
    private readonly sqlite3_stmt statement;

    public RawStatement(SqliteConnection connection, string sql)
    {
        database = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(database, sql, out statement));
    }

    /// <summary>Binds <paramref name="values"/> to the statement's parameters in order, then runs it to completion.</summary>
    public void Run(params ReadOnlySpan<object?> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            Check(Bind(i + 1, values[i]));
        }

        var result = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (result != raw.SQLITE_DONE)
        {
            Check(result);
        }
    }

    public void Dispose() => statement.Dispose();

    private int Bind(int index, object? value) => value switch
    {
        null => raw.sqlite3_bind_null(statement, index),
        string text => raw.sqlite3_bind_text(statement, index, text),
        long number => raw.sqlite3_bind_int64(statement, index, number),
        int number => raw.sqlite3_bind_int64(statement, index, number),
        byte[] blob => raw.sqlite3_bind_blob(statement, index, blob),
        Utf8Text text => raw.sqlite3_bind_text(statement, index, new ReadOnlySpan<byte>(text.Bytes)),
        _ => throw new ArgumentException($"A value of type {value.GetType().Name} cannot be stored.", nameof(value)),
    };

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(database).utf8_to_string(), result, raw.sqlite3_extended_errcode(database));
        }
    }
}

/// <summary>Text already encoded as UTF-8, stored as text (a byte array alone is stored as a blob).</summary>
internal readonly record struct Utf8Text(byte[] Bytes);
