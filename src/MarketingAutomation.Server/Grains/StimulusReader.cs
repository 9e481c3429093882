using System.Text.Json;
using MarketingAutomation.Hosting.Input;
using MarketingAutomation.Runtime;
using MarketingAutomation.Server.Deployments;

namespace MarketingAutomation.Server.Grains;

/// <summary>
/// Events and profile changes from their JSON, by the same Hosting readers that checked them at
/// the door. Checked again here because a deploy may have changed the schema in between.
/// </summary>
internal static class StimulusReader
{
    public static bool TryEvent(Deployment deployment, IncomingEvent incoming, out EventData? data, out string? problem)
    {
        data = null;
        if (!deployment.Schema.EventFields.TryGetValue(incoming.Name, out var fields))
        {
            problem = $"unknown event \"{incoming.Name}\" (not declared in the deployed workspace)";
            return false;
        }

        using var json = JsonDocument.Parse(incoming.DataJson);
        if (!FieldSetReader.TryRead(json.RootElement, fields, FieldOwner.Event(incoming.Name), "data.", FieldSetReader.NoReserved, requireAll: true, out var values, out problem))
        {
            return false;
        }

        data = deployment.Catalog.NewEvent(incoming.Name, incoming.At, values);
        return true;
    }

    public static bool TryProfile(Deployment deployment, string fieldsJson, out Dictionary<string, object?> values, out string? problem)
    {
        using var json = JsonDocument.Parse(fieldsJson);
        return FieldSetReader.TryRead(json.RootElement, deployment.Schema.ContactFields, FieldOwner.Contact, string.Empty, FieldSetReader.NoReserved, requireAll: false, out values, out problem);
    }
}
