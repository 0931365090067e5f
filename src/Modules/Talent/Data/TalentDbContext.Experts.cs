using TriThuc.Modules.Talent.Experts;

namespace TriThuc.Modules.Talent.Data;

/// <summary>The sets of experts from abroad, in their own part of the context so that features added side by side merge cleanly.</summary>
public sealed partial class TalentDbContext
{
    public DbSet<Expert> Experts => Set<Expert>();

    public DbSet<ExpertEngagement> ExpertEngagements => Set<ExpertEngagement>();

    public DbSet<ExpertWork> ExpertWork => Set<ExpertWork>();
}
