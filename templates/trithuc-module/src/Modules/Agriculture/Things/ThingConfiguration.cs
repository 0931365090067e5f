namespace TriThuc.Modules.Agriculture.Things;

/// <summary>Records, found by person and by unit; titles kept folded beside them for search.</summary>
internal sealed class ThingConfiguration : IEntityTypeConfiguration<Thing>
{
    public void Configure(EntityTypeBuilder<Thing> thing)
    {
        thing.Property(t => t.Title).HasMaxLength(ThingRules.MaxTitleLength);
        thing.Property(t => t.SearchTitle).HasMaxLength(ThingRules.MaxTitleLength);
        thing.HasIndex(t => t.PersonId);
        thing.HasIndex(t => new { t.UnitId, t.StartedOn });
    }
}
