using System.Text;
using System.Text.RegularExpressions;
using MarketingAutomation.Testing;
using Microsoft.Extensions.Configuration;

namespace MarketingAutomation.Delivery.Tests;

/// <summary>The <c>Delivery</c> section is checked before a server starts: each problem names its setting.</summary>
public sealed partial class DeliverySettingsCheckTests
{
    [Fact]
    public void No_delivery_section_is_fine()
    {
        Assert.Empty(DeliverySettingsCheck.Problems(Settings([])));
    }

    [Fact]
    public void The_configuration_docs_delivery_md_shows_passes_and_binds_as_shown()
    {
        var docs = File.ReadAllText(Path.Combine(SolutionFolder.Path, "docs", "delivery.md"));
        var json = JsonBlock().Match(docs);
        Assert.True(json.Success, "docs/delivery.md has no ```json block");
        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json.Groups[1].Value))).Build();

        Assert.Empty(DeliverySettingsCheck.Problems(configuration));
        Assert.Equal("587", configuration["Delivery:Smtp:Port"]);
        Assert.Equal("https://loyalty.example.com/hooks/points", configuration["Delivery:Webhooks:Connections:loyalty_api:Url"]);
    }

    [Fact]
    public void Keys_and_names_are_read_as_the_binder_reads_them_whatever_their_case()
    {
        // Environment variables keep the case they were typed in.
        Assert.Empty(DeliverySettingsCheck.Problems(Settings(new()
        {
            ["delivery:smtp:port"] = "587",
            ["DELIVERY:SMTP:SECURITY"] = "starttls",
            ["Delivery:Webhooks:sms:url"] = "http://127.0.0.1:8080/sms",
            ["Delivery:Smtp:MaxConnections"] = " 4 ",
        })));
    }

    [Theory]
    [InlineData("Delivery:Smtp:Port", "99999", "Delivery:Smtp:Port must be a whole number from 1 to 65535, not \"99999\".")]
    [InlineData("Delivery:Smtp:Port", "smtp", "Delivery:Smtp:Port must be a whole number from 1 to 65535, not \"smtp\".")]
    [InlineData("Delivery:Smtp:Port", "0", "Delivery:Smtp:Port must be a whole number from 1 to 65535, not \"0\".")]
    [InlineData("Delivery:Smtp:Security", "tls", "Delivery:Smtp:Security must be None, StartTls or Ssl, not \"tls\".")]
    [InlineData("Delivery:Smtp:Security", "1", "Delivery:Smtp:Security must be None, StartTls or Ssl, not \"1\".")]
    [InlineData("Delivery:Smtp:Security", "StartTls,Ssl", "Delivery:Smtp:Security must be None, StartTls or Ssl, not \"StartTls,Ssl\".")]
    [InlineData("Delivery:Smtp:Host", " ", "Delivery:Smtp:Host must name the SMTP server")]
    [InlineData("Delivery:Smtp:FromAddress", "hello", "Delivery:Smtp:FromAddress must be an email address such as \"hello@shop.example.com\", not \"hello\".")]
    [InlineData("Delivery:Smtp:MessageIdDomain", "mail@shop.example.com", "Delivery:Smtp:MessageIdDomain must be a domain")]
    [InlineData("Delivery:Smtp:TimeoutSeconds", "0", "Delivery:Smtp:TimeoutSeconds must be a whole number from 1 to 3600, not \"0\".")]
    [InlineData("Delivery:Smtp:MaxConnections", "-1", "Delivery:Smtp:MaxConnections must be a whole number from 1 to 1024, not \"-1\".")]
    [InlineData("Delivery:Smtp:Hots", "smtp.example.com", "Delivery:Smtp has no setting \"Hots\"; did you mean \"Host\"?")]
    [InlineData("Delivery:Smtp", "smtp.example.com", "Delivery:Smtp must hold settings (Host, Port,")]
    [InlineData("Delivery:PublicBaseUrl", "mail.example.com", "Delivery:PublicBaseUrl must be an absolute http or https address such as \"https://mail.example.com\", not \"mail.example.com\".")]
    [InlineData("Delivery:PublicBaseUrl", "ftp://mail.example.com", "Delivery:PublicBaseUrl must be an absolute http or https address")]
    [InlineData("Delivery:LinkSecret", "too short", "Delivery:LinkSecret must be at least 32 characters long (it has 9)")]
    [InlineData("Delivery:PublicUrl", "https://mail.example.com", "Delivery has no setting \"PublicUrl\"")]
    [InlineData("Delivery:Webhooks:Sms:Url", "sms-bridge", "Delivery:Webhooks:Sms:Url must be an absolute http or https address, not \"sms-bridge\".")]
    [InlineData("Delivery:Webhooks:Sms:BearerToken", "t0ken", "Delivery:Webhooks:Sms:Url is missing")]
    [InlineData("Delivery:Webhooks:Sms:TimeoutSeconds", "ten", "Delivery:Webhooks:Sms:TimeoutSeconds must be a whole number from 1 to 3600, not \"ten\".")]
    [InlineData("Delivery:Webhooks:Connections:crm:Url", "/hooks", "Delivery:Webhooks:Connections:crm:Url must be an absolute http or https address, not \"/hooks\".")]
    [InlineData("Delivery:Webhooks:Connections", "crm", "Delivery:Webhooks:Connections must hold a receiver per connection")]
    [InlineData("Delivery:Webhooks:Email:Url", "https://hooks.example.com", "Delivery:Webhooks has no setting \"Email\"")]
    [InlineData("Delivery:Webhooks:Sms:SecretHeader", "X-Api-Key", "Delivery:Webhooks:Sms:SecretHeader and SecretValue go together")]
    public void A_bad_setting_is_named_with_what_it_takes(string key, string value, string expected)
    {
        var settings = new Dictionary<string, string?> { [key] = value };
        if (key.StartsWith("Delivery:Webhooks:Sms:", StringComparison.Ordinal) && !key.EndsWith(":Url", StringComparison.Ordinal) && !key.EndsWith(":BearerToken", StringComparison.Ordinal))
        {
            settings["Delivery:Webhooks:Sms:Url"] = "https://sms.example.com/send";
        }

        var problem = Assert.Single(DeliverySettingsCheck.Problems(Settings(settings)));
        Assert.StartsWith(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_reported_not_only_the_first()
    {
        var problems = DeliverySettingsCheck.Problems(Settings(new()
        {
            ["Delivery:Smtp:Port"] = "99999",
            ["Delivery:Smtp:Security"] = "bogus",
            ["Delivery:Webhooks:Sales:Url"] = "nowhere",
        }));

        Assert.Equal(3, problems.Count);
    }

    private static IConfiguration Settings(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    [GeneratedRegex("```json\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();
}
