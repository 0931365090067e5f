namespace TriThuc.Modules.Talent.Cases;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<AttractionCase>, IEntityTypeConfiguration<CaseDecision>
{
    public void Configure(EntityTypeBuilder<AttractionCase> attractionCase)
    {
        attractionCase.ToTable("AttractionCases");
        attractionCase.Property(c => c.ApplicantName).HasMaxLength(150);
        attractionCase.Property(c => c.Degree).HasConversion<string>().HasMaxLength(20);
        attractionCase.Property(c => c.FieldCode).HasMaxLength(40);
        attractionCase.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        attractionCase.Property(c => c.FailedCriteria).HasMaxLength(200);
        attractionCase.Property(c => c.BrokenReason).HasMaxLength(CaseService.MaxReasonLength);
        attractionCase.Ignore(c => c.Failed);
        attractionCase.HasMany(c => c.Decisions).WithOne().HasForeignKey(d => d.CaseId);
        attractionCase.HasIndex(c => c.PersonId);
        attractionCase.HasIndex(c => new { c.PolicyId, c.Status });
    }

    public void Configure(EntityTypeBuilder<CaseDecision> decision)
    {
        decision.ToTable("CaseDecisions");
        decision.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        decision.Property(d => d.Number).HasMaxLength(CaseTransitions.MaxNumberLength);
        decision.HasIndex(d => d.CaseId);
    }
}
