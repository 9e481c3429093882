namespace MarketingAutomation.Language.Liquid.Rendering;

/// <summary>
/// Renders parsed Liquid templates into message text. Rendering reads values, never runs code,
/// and never throws: everything that goes wrong is listed in <see cref="RenderResult.Problems"/>
/// and the text is as complete as it could be made.
/// </summary>
public static class LiquidRenderer
{
    /// <summary>
    /// Renders a parsed template. Values are looked up in <paramref name="scope"/> by dotted path
    /// (<c>contact.first_name</c>, <c>event.value</c>, <c>cart</c>). A template with syntax errors
    /// is rendered as far as it was understood, with each error listed as a problem.
    /// </summary>
    public static RenderResult Render(LiquidTemplate template, ILiquidScope scope, RenderOptions options)
    {
        // The API is called from hosts that may not have nullable checks on.
        if (template is null || scope is null || options is null)
        {
            return new RenderResult(string.Empty, ["nothing to render: a template, a scope and options are all needed"]);
        }

        var context = new RenderContext(scope, options);
        foreach (var error in template.Errors)
        {
            context.Problems.Add(error.Message);
        }

        try
        {
            new NodeRenderer(context).RenderAll(template.Nodes);
        }
        catch (Exception exception)
        {
            // A bug here, or a host's scope throwing, must not take the caller down with it: the
            // promise is a result with problems, whatever the template and the data.
            context.Problems.Add($"rendering stopped: {exception.Message}");
        }

        return new RenderResult(context.Output, context.Problems.ToList());
    }
}
