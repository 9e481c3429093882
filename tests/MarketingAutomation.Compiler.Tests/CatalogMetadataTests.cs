using MarketingAutomation.Compiler.Tests.Infrastructure;
using MarketingAutomation.Runtime;

namespace MarketingAutomation.Compiler.Tests;

/// <summary>What the shop's generated catalog tells a host about its schema, lifecycle, policy and templates.</summary>
public sealed class CatalogMetadataTests
{
    private static JourneyCatalog Catalog => Shop.Catalog;

    private static FieldInfo Contact(string name) => Catalog.ContactFields.Single(f => f.Name == name);

    [Fact]
    public void Contact_fields_are_listed_in_declaration_order()
    {
        var names = Catalog.ContactFields.Select(f => f.Name).ToList();
        Assert.Equal(19, names.Count);
        Assert.Equal(["email", "phone", "first_name", "last_name", "country"], names.Take(5));
        Assert.Equal("referred_by", names[^1]);
    }

    [Fact]
    public void Contact_fields_describe_kind_optionality_defaults_and_enum_values()
    {
        Assert.Equal(new FieldInfo("email", FieldKind.Email, Optional: false, HasDefault: false), Contact("email"));
        Assert.True(Contact("email").Required);
        Assert.Equal(new FieldInfo("lifetime_value", FieldKind.Money, Optional: false, HasDefault: true), Contact("lifetime_value"));
        Assert.False(Contact("lifetime_value").Required);
        Assert.Equal(new FieldInfo("birthday", FieldKind.Date, Optional: true, HasDefault: false), Contact("birthday"));
        Assert.Equal(FieldKind.TimeZone, Contact("timezone").Kind);
        Assert.Equal(FieldKind.Bool, Contact("marketing_consent").Kind);

        var tier = Contact("tier");
        Assert.Equal(FieldKind.Enum, tier.Kind);
        Assert.True(tier.HasDefault);
        Assert.Equal(["standard", "silver", "gold"], tier.EnumValues);

        var interests = Contact("interests");
        Assert.Equal(FieldKind.List, interests.Kind);
        Assert.True(interests.Optional);
        Assert.Equal(FieldKind.Text, interests.ElementKind);
        Assert.Null(interests.EnumValues);
    }

    [Fact]
    public void Event_fields_cover_every_declared_and_built_in_event()
    {
        Assert.Equal(Catalog.EventTypes.Keys.Order(), Catalog.EventFields.Keys.Order());

        var order = Catalog.EventFields["order_placed"];
        Assert.Equal(["order_id", "total", "sku", "category", "items"], order.Select(f => f.Name));
        Assert.Equal(FieldKind.Money, order[1].Kind);
        Assert.Equal(FieldKind.Number, order[4].Kind);
        Assert.Equal(["beans", "grinders", "machines", "accessories"], order[3].EnumValues);
        Assert.All(order, f => Assert.True(f.Required));

        // A built-in event's template field is a template name: plain text to a host.
        Assert.Equal([new FieldInfo("template", FieldKind.Text, false, false), new FieldInfo("url", FieldKind.Text, false, false)], Catalog.EventFields["email.clicked"]);
    }

    [Fact]
    public void Stages_are_in_lifecycle_order()
    {
        Assert.Equal(["subscriber", "customer", "repeat_customer", "advocate"], Catalog.Stages);
    }

    [Fact]
    public void Policy_holds_quiet_hours_and_every_cap()
    {
        var policy = Catalog.Policy;
        Assert.Equal(new QuietHours(new TimeOnly(21, 0), new TimeOnly(8, 0), Utc: false), policy.QuietHours);
        Assert.Equal(
            [new FrequencyCap(Channel.Email, 4, TimeSpan.FromDays(7)), new FrequencyCap(Channel.Sms, 2, TimeSpan.FromDays(7)), new FrequencyCap(Channel.Push, 2, TimeSpan.FromDays(1))],
            policy.Caps);
    }

    [Fact]
    public void A_workspace_without_policy_has_none_and_one_without_lifecycle_no_stages()
    {
        var catalog = Builds.Load(Builds.FromText(("w.journey", "contact { email: email }")));
        Assert.Same(PolicyInfo.None, catalog.Policy);
        Assert.Empty(catalog.Stages);
        Assert.Empty(catalog.Templates);
    }

    [Fact]
    public void Templates_give_channel_and_transactional_flag()
    {
        Assert.Equal(new TemplateInfo("order_confirmation_email", Channel.Email, Transactional: true), Catalog.Templates["order_confirmation_email"]);
        Assert.Equal(new TemplateInfo("birthday_sms", Channel.Sms, Transactional: false), Catalog.Templates["birthday_sms"]);
        Assert.Equal(new TemplateInfo("xmas_vip_push", Channel.Push, Transactional: false), Catalog.Templates["xmas_vip_push"]);
        Assert.Single(Catalog.Templates.Values, t => t.Transactional);
        Assert.All(Catalog.Templates, pair => Assert.Equal(pair.Key, pair.Value.Name));
    }
}
