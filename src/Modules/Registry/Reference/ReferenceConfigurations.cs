namespace TriThuc.Modules.Registry.Reference;

/// <summary>The 54 ethnic groups, seeded from the reference list.</summary>
internal sealed class EthnicGroupConfiguration : IEntityTypeConfiguration<EthnicGroup>
{
    public void Configure(EntityTypeBuilder<EthnicGroup> group)
    {
        group.HasKey(g => g.Code);
        group.Property(g => g.Code).HasMaxLength(2);
        group.Property(g => g.Name).HasMaxLength(50);
        group.HasData(ReferenceData.EthnicGroups);
    }
}

/// <summary>The fields of expertise, seeded from the reference list.</summary>
internal sealed class ExpertiseFieldConfiguration : IEntityTypeConfiguration<ExpertiseField>
{
    public void Configure(EntityTypeBuilder<ExpertiseField> field)
    {
        field.HasKey(f => f.Code);
        field.Property(f => f.Code).HasMaxLength(40);
        field.Property(f => f.Name).HasMaxLength(100);
        field.HasData(ReferenceData.ExpertiseFields);
    }
}
