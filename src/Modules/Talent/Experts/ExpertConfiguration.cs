using TriThuc.Modules.Talent.Policies;

namespace TriThuc.Modules.Talent.Experts;

internal sealed class ExpertConfiguration : IEntityTypeConfiguration<Expert>, IEntityTypeConfiguration<ExpertEngagement>, IEntityTypeConfiguration<ExpertWork>
{
    public void Configure(EntityTypeBuilder<Expert> expert)
    {
        expert.ToTable("Experts");
        expert.Property(e => e.Title).HasMaxLength(ExpertRules.MaxNameLength);
        expert.Property(e => e.SearchTitle).HasMaxLength(ExpertRules.MaxNameLength);
        expert.Property(e => e.Origin).HasConversion<string>().HasMaxLength(30);
        expert.Property(e => e.Country).HasMaxLength(ExpertRules.MaxCountryLength);
        expert.Property(e => e.FieldCode).HasMaxLength(PolicyRules.MaxCodeLength);
        expert.Property(e => e.Organisation).HasMaxLength(ExpertRules.MaxOrganisationLength);
        expert.HasMany(e => e.Engagements).WithOne().HasForeignKey(g => g.ExpertId);
        expert.HasIndex(e => e.SearchTitle);
        expert.HasIndex(e => e.IntellectualId);
    }

    public void Configure(EntityTypeBuilder<ExpertEngagement> engagement)
    {
        engagement.ToTable("ExpertEngagements");
        engagement.Property(g => g.Purpose).HasMaxLength(ExpertRules.MaxPurposeLength);
        engagement.Property(g => g.ApprovalNumber).HasMaxLength(ExpertRules.MaxNumberLength);
        engagement.HasMany(g => g.Work).WithOne().HasForeignKey(w => w.EngagementId);
        engagement.HasIndex(g => g.ExpertId);
        engagement.HasIndex(g => g.HostUnitId);
    }

    public void Configure(EntityTypeBuilder<ExpertWork> work)
    {
        work.ToTable("ExpertWork");
        work.Property(w => w.Kind).HasConversion<string>().HasMaxLength(30);
        work.HasIndex(w => new { w.EngagementId, w.Kind, w.TargetId }).IsUnique();
        work.HasIndex(w => new { w.Kind, w.TargetId });
    }
}
