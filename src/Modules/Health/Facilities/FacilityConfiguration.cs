namespace TriThuc.Modules.Health.Facilities;

/// <summary>One profile per Registry unit.</summary>
internal sealed class FacilityConfiguration : IEntityTypeConfiguration<HealthFacility>
{
    public void Configure(EntityTypeBuilder<HealthFacility> facility)
    {
        facility.ToTable("Facilities");
        facility.Property(f => f.Level).HasConversion<string>().HasMaxLength(40);
        facility.HasIndex(f => f.UnitId).IsUnique();
        facility.HasIndex(f => f.Level);
    }
}
