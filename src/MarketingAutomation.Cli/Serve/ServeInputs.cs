using System.Net;
using System.Net.Sockets;

namespace MarketingAutomation.Cli.Serve;

/// <summary>
/// `ma serve`'s addresses and database file, checked before anything starts. Found later, each
/// problem surfaced from inside the host (a format error, a socket error, SQLite's "unable to open
/// database file") as an internal error, after the silo had started and logged its way down.
/// </summary>
internal static class ServeInputs
{
    /// <summary>The first bytes of every SQLite database file.</summary>
    private static ReadOnlySpan<byte> SqliteHeader => "SQLite format 3\0"u8;

    /// <summary>Each address must be an absolute http URL; one this machine cannot listen on is refused now, when that can be known without starting.</summary>
    public static void CheckUrls(string urls)
    {
        var addresses = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (addresses.Length == 0)
        {
            throw new UsageException("--urls: expected an address such as http://127.0.0.1:5080 (';' between several)");
        }

        foreach (var address in addresses)
        {
            if (!Uri.TryCreate(address.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri)
                || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
                || uri.AbsolutePath != "/")
            {
                throw new UsageException($"--urls: expected an address such as http://127.0.0.1:5080 (';' between several), got \"{address}\"");
            }

            if (ListenAddress(uri) is { } endpoint && CannotListen(endpoint) is { } reason)
            {
                throw new UsageException($"cannot listen on {address}: {reason}");
            }
        }
    }

    /// <summary>
    /// The database must be a file (made when missing, with the folders above it) that is not
    /// something else already: SQLite would refuse a folder, and a file that is not a database.
    /// </summary>
    public static void CheckData(string path)
    {
        if (Directory.Exists(path))
        {
            throw new UsageException($"--data: {path} is a folder; give the database file in it, such as {Path.Combine(path, "journeys.db")}");
        }

        try
        {
            if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder)
            {
                Directory.CreateDirectory(folder);
            }

            if (File.Exists(path) && !IsSqliteOrEmpty(path))
            {
                throw new UsageException($"--data: {path} is not a journey database (it is a file, but not SQLite); give a new file or the server's own database");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"--data: cannot keep the database at {path}: {e.Message}", e);
        }
    }

    private static bool IsSqliteOrEmpty(string path)
    {
        using var file = File.OpenRead(path);
        Span<byte> header = stackalloc byte[SqliteHeader.Length];
        var read = file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        return read == 0 || (read == header.Length && header.SequenceEqual(SqliteHeader));
    }

    /// <summary>The endpoint to try for an address given as an IP or as localhost; null for port 0 (picked at start) or a host name (Kestrel decides).</summary>
    private static IPEndPoint? ListenAddress(Uri uri)
    {
        if (uri.Port == 0)
        {
            return null;
        }

        if (uri.IsLoopback && !IPAddress.TryParse(uri.Host.Trim('[', ']'), out _))
        {
            return new IPEndPoint(IPAddress.Loopback, uri.Port);
        }

        return IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) ? new IPEndPoint(ip, uri.Port) : null;
    }

    /// <summary>Why nothing can listen on the endpoint (taken, or not an address of this machine), tried with a listener closed at once; null when one could.</summary>
    private static string? CannotListen(IPEndPoint endpoint)
    {
        try
        {
            var listener = new TcpListener(endpoint);
            listener.Start();
            listener.Stop();
            return null;
        }
        catch (SocketException e) when (e.SocketErrorCode is SocketError.AddressAlreadyInUse or SocketError.AddressNotAvailable or SocketError.AccessDenied)
        {
            return e.SocketErrorCode switch
            {
                SocketError.AddressAlreadyInUse => "the address is already in use",
                SocketError.AddressNotAvailable => "that is not an address of this machine",
                _ => "permission denied (ports below 1024 need privileges)",
            };
        }
    }
}
