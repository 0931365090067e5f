namespace TriThuc.Modules.Registry.Units;

/// <summary>
/// The one row that says which unit tree is current: every save that adds, changes or removes a unit or an area
/// classification writes a new <see cref="Stamp"/> in the same transaction (<see cref="Data.RegistryDbContext"/>).
/// A host compares it with the stamp of the tree it keeps in memory (<see cref="UnitTreeCache"/>).
/// </summary>
public sealed class UnitTreeVersion
{
    public const int RowId = 1;

    public int Id { get; set; } = RowId;

    /// <summary>A new random value on every change (not a counter: two hosts changing units at once need not read it first).</summary>
    public Guid Stamp { get; set; }
}

/// <summary>The single row of UnitTreeVersions, there from the migration on.</summary>
internal sealed class UnitTreeVersionConfiguration : IEntityTypeConfiguration<UnitTreeVersion>
{
    public void Configure(EntityTypeBuilder<UnitTreeVersion> version)
    {
        version.ToTable("UnitTreeVersions");
        version.Property(v => v.Id).ValueGeneratedNever();
        version.HasData(new UnitTreeVersion { Id = UnitTreeVersion.RowId, Stamp = Guid.Empty });
    }
}
