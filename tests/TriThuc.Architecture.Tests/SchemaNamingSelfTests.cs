namespace TriThuc.Architecture.Tests;

/// <summary>The naming rules catch what they are meant to catch, and let the core module's nouns be.</summary>
public sealed class SchemaNamingSelfTests
{
    [Fact]
    public void Names_that_follow_the_rules_pass()
    {
        SchemaNaming.Violations(new ModuleSchemaNames("Health",
            [("HealthLicenceType", "HealthLicence"), ("HealthLicenceFilterType", "HealthLicenceFilter")], ["HealthLicenceStatus"],
            ["healthLicences"], ["issueHealthLicence", "suspendHealthLicence"], ["healthLicences"])).Should().BeEmpty();
        SchemaNaming.Violations(new ModuleSchemaNames("Registry",
            [("IntellectualType", "Intellectual")], ["Gender"], ["intellectuals"], ["createIntellectual"], [])).Should().BeEmpty();
    }

    [Fact]
    public void Each_broken_rule_is_reported()
    {
        var violations = SchemaNaming.Violations(new ModuleSchemaNames("Health",
            [("LicenceGraphType", "Licence"), ("HealthFilterOfLicencesType", "HealthFilterOfLicences")], ["LicenceStatus"],
            ["licences"], ["approveLicence"], ["postings"])).ToList();

        violations.Should().Contain(v => v.Contains("class of GraphQL type 'Licence' is LicenceGraphType"));
        violations.Should().Contain(v => v.Contains("'HealthFilterOfLicences' is a filter"));
        violations.Should().Contain(v => v.Contains("type 'Licence' does not start"));
        violations.Should().Contain(v => v.Contains("type 'LicenceStatus' does not start"));
        violations.Should().Contain(v => v.Contains("field 'licences'"));
        violations.Should().Contain(v => v.Contains("field 'postings'"));
        violations.Should().Contain(v => v.Contains("mutation 'approveLicence'"));
    }
}
