using TriThuc.Modules.Science.Projects;

namespace TriThuc.Modules.Science.Councils;

/// <summary>One council of each kind per project.</summary>
internal sealed class CouncilConfiguration : IEntityTypeConfiguration<Council>
{
    public void Configure(EntityTypeBuilder<Council> council)
    {
        council.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        council.Property(c => c.Name).HasMaxLength(CouncilService.MaxNameLength);
        council.HasOne<ScienceProject>().WithMany().HasForeignKey(c => c.ProjectId).OnDelete(DeleteBehavior.Restrict);
        council.HasIndex(c => new { c.ProjectId, c.Kind }).IsUnique();
        council.HasMany(c => c.Members).WithOne().HasForeignKey(m => m.CouncilId).OnDelete(DeleteBehavior.Restrict);
        council.Ignore(c => c.Verdict);
    }
}

/// <summary>Council seats: a person sits once per council; one chair and one secretary per council.</summary>
internal sealed class CouncilMemberConfiguration : IEntityTypeConfiguration<CouncilMember>
{
    public void Configure(EntityTypeBuilder<CouncilMember> member)
    {
        member.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
        member.Property(m => m.ExpertName).HasMaxLength(200);
        member.Property(m => m.ExpertOrganisation).HasMaxLength(CouncilService.MaxNameLength);
        member.HasIndex(m => m.IntellectualId);
        member.HasIndex(m => new { m.CouncilId, m.IntellectualId }).IsUnique().HasFilter("\"IntellectualId\" IS NOT NULL");
        // One chair and one secretary per council, held by the database too (the service checks it first).
        member.HasIndex(m => new { m.CouncilId, m.Role }).IsUnique().HasFilter("\"Role\" IN ('Chair', 'Secretary')");
    }
}
