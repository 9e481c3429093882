using MarketingAutomation.Compiler.Writing;

namespace MarketingAutomation.Compiler.Lowering.Catalog;

/// <summary>
/// The contact factories hosts call with plain values: `NewContact(id, fields)` applies each
/// field to a contact with every default, `WithField` sets one field on a copy, `ReadField`
/// reads a property back as a plain value. Switches on the field name, no reflection.
/// </summary>
internal sealed class ContactFactoryWriter(SchemaNames names, FieldConversions conversions)
{
    private const string R = SchemaNames.Runtime;
    private const string Fields = "global::System.Collections.Generic.IReadOnlyDictionary<string, object>";

    public void Write(CSharpWriter w)
    {
        var fields = names.Symbols.Contact?.Fields ?? [];
        w.Line($"public override {R}ContactProfile NewContact(string contactId) => new {SchemaNames.ContactType} {{ ContactId = contactId }};");
        w.Line();
        w.Open($"public override {R}ContactProfile NewContact(string contactId, {Fields} fields)");
        w.Line($"{R}ContactProfile contact = new {SchemaNames.ContactType} {{ ContactId = contactId }};");
        w.Open("foreach (var (field, value) in fields)");
        w.Line("contact = WithField(contact, field, value);");
        w.Close();
        w.Line();
        w.Line("return contact;");
        w.Close();
        w.Line();

        // `set` steps report the generated value (`effects.SetAttribute("tier", contact.Tier)`), hosts the plain one: both are accepted.
        w.Open($"public override {R}ContactProfile WithField({R}ContactProfile contact, string field, object value)");
        w.Line($"var changed = {R}Ops.As<{SchemaNames.ContactType}>(contact).{SchemaNames.CopyMethod}();");
        w.Open("switch (field)");
        foreach (var field in fields)
        {
            var property = names.Property("contact", field.Name);
            w.Line($"case {CSharpLiteral.String(field.Name)}: changed.{property} = {conversions.FromValue(field, "contact." + field.Name)}; break;");
        }

        w.Line($"default: throw {FieldConversions.PlainValues}UnknownField(\"contact\", field);");
        w.Close();
        w.Line();
        w.Line("return changed;");
        w.Close();
        w.Line();

        w.Open($"public override object ReadField({R}ContactProfile contact, string field)");
        w.Line($"var typed = {R}Ops.As<{SchemaNames.ContactType}>(contact);");
        w.Open("return field switch");
        foreach (var field in fields)
        {
            var property = names.Property("contact", field.Name);
            w.Line($"{CSharpLiteral.String(field.Name)} => {FieldConversions.ToPlain(field.Type, "typed." + property)},");
        }

        w.Line($"_ => throw {FieldConversions.PlainValues}UnknownField(\"contact\", field),");
        w.Close("};");
        w.Close();
        w.Line();
    }
}
