namespace TriThuc.Modules.University.Enrolments;

/// <summary>Enrolments by course and by person; a person enrols on a course once.</summary>
internal sealed class EnrolmentConfiguration : IEntityTypeConfiguration<Enrolment>
{
    public void Configure(EntityTypeBuilder<Enrolment> enrolment)
    {
        enrolment.Property(e => e.Result).HasConversion<string>().HasMaxLength(20);
        enrolment.Property(e => e.Certificate).HasMaxLength(EnrolmentRules.MaxCertificateLength);
        enrolment.HasIndex(e => new { e.CourseId, e.PersonId }).IsUnique();
        enrolment.HasIndex(e => e.PersonId);
    }
}
