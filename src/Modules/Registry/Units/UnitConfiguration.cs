namespace TriThuc.Modules.Registry.Units;

/// <summary>The unit tree, in the table Units.</summary>
internal sealed class OrganisationUnitConfiguration : IEntityTypeConfiguration<OrganisationUnit>
{
    public void Configure(EntityTypeBuilder<OrganisationUnit> unit)
    {
        unit.ToTable("Units");
        unit.Property(u => u.Code).HasMaxLength(30);
        unit.HasIndex(u => u.Code).IsUnique();
        unit.Property(u => u.Name).HasMaxLength(300);
        unit.Property(u => u.Kind).HasConversion<string>().HasMaxLength(30);
        unit.HasOne<OrganisationUnit>().WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        unit.HasOne<OrganisationUnit>().WithMany().HasForeignKey(u => u.SuccessorId).OnDelete(DeleteBehavior.Restrict);
        unit.HasIndex(u => u.ParentId);
    }
}
