namespace TriThuc.Modules.Education.Schools;

/// <summary>One profile per Registry unit.</summary>
internal sealed class SchoolConfiguration : IEntityTypeConfiguration<School>
{
    public void Configure(EntityTypeBuilder<School> school)
    {
        school.Property(s => s.Level).HasConversion<string>().HasMaxLength(40);
        school.HasIndex(s => s.UnitId).IsUnique();
        school.HasIndex(s => s.Level);
    }
}
