namespace MarketingAutomation.Cli.Tests.Infrastructure;

/// <summary>Small journey files with known findings, shared by the tests.</summary>
public static class Samples
{
    /// <summary>A complete, correct workspace in one file.</summary>
    public const string Valid =
        "contact { email: email }\n" +
        "event signed_up { source: text }\n" +
        "template email welcome { subject \"Hi\" body \"Hello\" }\n" +
        "journey welcome {\n" +
        "  when signed_up\n" +
        "  send email welcome\n" +
        "}\n";

    /// <summary>Beside <see cref="Valid"/>: a template nothing sends, warning MA2018 at 1:16-1:21.</summary>
    public const string UnusedTemplate = "template email spare { subject \"Spare\" body \"Unused\" }\n";

    /// <summary>Beside <see cref="Valid"/>: a misspelt step, error MA1001 at 3:3-3:8 (`sendd`).</summary>
    public const string SyntaxError =
        "journey broken {\n" +
        "  when signed_up\n" +
        "  sendd email welcome\n" +
        "}\n";

    /// <summary>Beside <see cref="Valid"/>: text not closed, error MA1002 at 1:20 with the fix "Close the text".</summary>
    public const string UnclosedText = "template sms nudge \"Come back\n";
}
