namespace TriThuc.Modules.Registry.Units;

/// <summary>Area classifications, found by unit and period.</summary>
internal sealed class AreaClassificationConfiguration : IEntityTypeConfiguration<AreaClassification>
{
    public void Configure(EntityTypeBuilder<AreaClassification> classification)
    {
        classification.Property(a => a.Zone).HasConversion<string>().HasMaxLength(20);
        classification.Property(a => a.Decision).HasMaxLength(UnitService.MaxDecisionLength);
        classification.HasOne<OrganisationUnit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        classification.HasIndex(a => new { a.UnitId, a.ValidFrom }).IsUnique();
    }
}
