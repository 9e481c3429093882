using MarketingAutomation.Language.Liquid;
using MarketingAutomation.Language.Liquid.Rendering;

namespace MarketingAutomation.Language.Tests.Liquid;

/// <summary>A scope over a dictionary, as a host would build from a contact, an event and a send's arguments.</summary>
internal sealed class TestScope(IReadOnlyDictionary<string, object?> values) : ILiquidScope
{
    public bool TryGet(string name, out object? value) => values.TryGetValue(name, out value);
}

/// <summary>Shortcuts for the render tests.</summary>
internal static class RenderHelper
{
    public static RenderOptions Plain { get; } = new(HtmlEscape: false);

    public static RenderOptions Escaped { get; } = new(HtmlEscape: true);

    public static Dictionary<string, object?> Vars(params (string Name, object? Value)[] values) =>
        values.ToDictionary(pair => pair.Name, pair => pair.Value, StringComparer.Ordinal);

    /// <summary>Parses and renders; the template itself must parse without errors.</summary>
    public static RenderResult Render(string text, IReadOnlyDictionary<string, object?>? values = null, RenderOptions? options = null)
    {
        var template = LiquidParser.Parse(text);
        Assert.Empty(template.Errors);
        return LiquidRenderer.Render(template, new TestScope(values ?? Vars()), options ?? Plain);
    }

    /// <summary>Renders a template that must produce no problems, and returns its text.</summary>
    public static string Clean(string text, IReadOnlyDictionary<string, object?>? values = null, RenderOptions? options = null)
    {
        var result = Render(text, values, options);
        Assert.Empty(result.Problems);
        return result.Text;
    }

    /// <summary>Renders a template that must produce exactly one problem containing <paramref name="problem"/>.</summary>
    public static string WithProblem(string text, string problem, IReadOnlyDictionary<string, object?>? values = null, RenderOptions? options = null)
    {
        var result = Render(text, values, options);
        Assert.Contains(problem, Assert.Single(result.Problems));
        return result.Text;
    }
}
