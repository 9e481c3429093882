using System.Diagnostics;
using System.Net.Sockets;
using MimeKit;

namespace MarketingAutomation.Testing;

/// <summary>
/// A real SMTP server on loopback: Debian's aiosmtpd with our handler (smtp_sink.py), which
/// writes every accepted message to a folder for the tests to read back.
/// </summary>
public sealed class SmtpSink : IDisposable
{
    // Debian's python3-aiosmtpd installs into the system Python's dist-packages; a python3 found
    // first on PATH (pyenv, a virtualenv) does not see it, so the system interpreter is named.
    private const string Python = "/usr/bin/python3";

    private readonly Process process;

    public SmtpSink()
    {
        Port = FreePort.Next();
        Directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ma-smtp-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);

        var start = new ProcessStartInfo(Python)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "smtp_sink.SaveToDirectory", Directory })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PYTHONPATH"] = System.IO.Path.Combine(AppContext.BaseDirectory, "Smtp");
        process = Process.Start(start) ?? throw new InvalidOperationException($"{Python} did not start");
        var errors = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        WaitUntilListening(errors);
    }

    public int Port { get; }

    /// <summary>Where the received messages are written, one .eml file each.</summary>
    public string Directory { get; }

    public IReadOnlyList<MimeMessage> Received() =>
        System.IO.Directory.EnumerateFiles(Directory, "*.eml").Select(path => MimeMessage.Load(path)).ToList();

    /// <summary>The one message sent to <paramref name="address"/>, waiting briefly for the handler to write it.</summary>
    public MimeMessage ReceivedFor(string address)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var found = Received().Where(m => m.To.Mailboxes.Any(b => b.Address == address)).ToList();
            if (found.Count > 0 || DateTime.UtcNow > deadline)
            {
                return Assert.Single(found);
            }

            Thread.Sleep(50);
        }
    }

    public void Stop()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
    }

    public void Dispose()
    {
        Stop();
        process.Dispose();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private void WaitUntilListening(Task<string> errors)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException(
                    $"aiosmtpd exited ({process.ExitCode}); is python3-aiosmtpd installed (run-tests.sh installs it)? {errors.Result}");
            }

            try
            {
                using var client = new TcpClient();
                client.Connect("127.0.0.1", Port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(100);
            }
        }

        Stop();
        throw new TimeoutException($"aiosmtpd did not listen on port {Port} within 20 s");
    }
}
