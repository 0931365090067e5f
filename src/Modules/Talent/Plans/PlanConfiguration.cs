namespace TriThuc.Modules.Talent.Plans;

internal sealed class PlanConfiguration : IEntityTypeConfiguration<WorkforcePlan>, IEntityTypeConfiguration<PlanTarget>
{
    public void Configure(EntityTypeBuilder<WorkforcePlan> plan)
    {
        plan.ToTable("WorkforcePlans");
        plan.Property(p => p.Code).HasMaxLength(PlanRules.MaxCodeLength);
        plan.HasIndex(p => p.Code).IsUnique();
        plan.Property(p => p.Title).HasMaxLength(PlanRules.MaxTitleLength);
        plan.Property(p => p.SearchTitle).HasMaxLength(PlanRules.MaxTitleLength);
        plan.Property(p => p.Decision).HasMaxLength(PlanRules.MaxDecisionLength);
        plan.HasMany(p => p.Targets).WithOne().HasForeignKey(t => t.PlanId);
    }

    public void Configure(EntityTypeBuilder<PlanTarget> target)
    {
        target.ToTable("PlanTargets");
        target.Property(t => t.FieldCode).HasMaxLength(PlanRules.MaxCodeLength);
        target.Property(t => t.Measure).HasConversion<string>().HasMaxLength(30);
        target.Property(t => t.Value).HasPrecision(12, 4);
        // One target per year, unit, field and measure; the service replaces it (a null field is "every field", which the index cannot compare).
        target.HasIndex(t => new { t.PlanId, t.Year, t.UnitId, t.Measure });
    }
}
