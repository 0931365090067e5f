namespace TriThuc.Modules.University.Lecturers;

/// <summary>A lecturer's year recorded once; found by year and unit.</summary>
internal sealed class LecturerWorkloadConfiguration : IEntityTypeConfiguration<LecturerWorkload>
{
    public void Configure(EntityTypeBuilder<LecturerWorkload> workload)
    {
        workload.ToTable("LecturerWorkloads");
        workload.Property(w => w.TeachingHours).HasPrecision(6, 1);
        workload.HasIndex(w => new { w.PersonId, w.AcademicYear }).IsUnique();
        workload.HasIndex(w => new { w.AcademicYear, w.UnitId });
    }
}
