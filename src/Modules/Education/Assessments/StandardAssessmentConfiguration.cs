namespace TriThuc.Modules.Education.Assessments;

/// <summary>One assessment per teacher per school year.</summary>
internal sealed class StandardAssessmentConfiguration : IEntityTypeConfiguration<StandardAssessment>
{
    public void Configure(EntityTypeBuilder<StandardAssessment> assessment)
    {
        assessment.Property(a => a.SelfRatings).HasMaxLength(OverallLevelRule.CriterionCount);
        assessment.Property(a => a.FinalRatings).HasMaxLength(OverallLevelRule.CriterionCount);
        assessment.Property(a => a.SelfLevel).HasConversion<string>().HasMaxLength(20);
        assessment.Property(a => a.FinalLevel).HasConversion<string>().HasMaxLength(20);
        assessment.HasIndex(a => new { a.PersonId, a.SchoolYear }).IsUnique();
        assessment.HasIndex(a => new { a.SchoolYear, a.UnitId });
    }
}
