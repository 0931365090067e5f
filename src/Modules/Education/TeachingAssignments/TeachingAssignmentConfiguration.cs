namespace TriThuc.Modules.Education.TeachingAssignments;

/// <summary>Records, found by person and by unit; titles kept folded beside them for search.</summary>
internal sealed class TeachingAssignmentConfiguration : IEntityTypeConfiguration<TeachingAssignment>
{
    public void Configure(EntityTypeBuilder<TeachingAssignment> teachingAssignment)
    {
        teachingAssignment.Property(t => t.Title).HasMaxLength(TeachingAssignmentRules.MaxTitleLength);
        teachingAssignment.Property(t => t.SearchTitle).HasMaxLength(TeachingAssignmentRules.MaxTitleLength);
        teachingAssignment.Property(t => t.Employment).HasConversion<string>().HasMaxLength(20);
        teachingAssignment.HasIndex(t => t.PersonId);
        teachingAssignment.HasIndex(t => new { t.UnitId, t.StartedOn });
    }
}
