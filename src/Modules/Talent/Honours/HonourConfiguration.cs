namespace TriThuc.Modules.Talent.Honours;

internal sealed class HonourConfiguration :
    IEntityTypeConfiguration<HonourRound>, IEntityTypeConfiguration<HonourQuota>, IEntityTypeConfiguration<HonourNomination>,
    IEntityTypeConfiguration<HonourAchievement>, IEntityTypeConfiguration<HonourEvidence>, IEntityTypeConfiguration<HonouredAchievement>,
    IEntityTypeConfiguration<HonourCouncilSeat>, IEntityTypeConfiguration<HonourScore>, IEntityTypeConfiguration<HonourSeatRemoval>
{
    public void Configure(EntityTypeBuilder<HonourRound> round)
    {
        round.ToTable("HonourRounds");
        round.Property(r => r.Title).HasMaxLength(HonourRules.MaxTitleLength);
        round.Property(r => r.RequiredAchievements).HasMaxLength(HonourRules.MaxCriteriaLength);
        round.Property(r => r.DecisionNumber).HasMaxLength(HonourRules.MaxDecisionLength);
        round.Property(r => r.AwardedBy).HasMaxLength(HonourRules.MaxTitleLength);
        round.HasIndex(r => r.Year).IsUnique();
        round.HasMany(r => r.Quotas).WithOne().HasForeignKey(q => q.RoundId);
        round.HasMany(r => r.Seats).WithOne().HasForeignKey(s => s.RoundId);
        round.HasMany(r => r.Removals).WithOne().HasForeignKey(s => s.RoundId);
    }

    public void Configure(EntityTypeBuilder<HonourQuota> quota)
    {
        quota.ToTable("HonourQuotas");
        quota.HasIndex(q => new { q.RoundId, q.UnitId }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<HonourNomination> nomination)
    {
        nomination.ToTable("HonourNominations");
        nomination.Property(n => n.Status).HasConversion<string>().HasMaxLength(20);
        nomination.Property(n => n.FailedCriteria).HasMaxLength(200);
        nomination.Ignore(n => n.Failed);
        nomination.HasIndex(n => new { n.RoundId, n.IntellectualId }).IsUnique();
        // Two nominations filed at the same instant cannot take the same place of a unit's quota (NULLs, the
        // ineligible, are distinct on SQLite and PostgreSQL alike); the one refused is judged again.
        nomination.HasIndex(n => new { n.RoundId, n.NominatingUnitId, n.QuotaPlace }).IsUnique();
        nomination.HasIndex(n => n.IntellectualId);
        nomination.HasOne<HonourRound>().WithMany().HasForeignKey(n => n.RoundId);
        nomination.HasMany(n => n.Achievements).WithOne().HasForeignKey(a => a.NominationId);
        nomination.HasMany(n => n.Evidence).WithOne().HasForeignKey(e => e.NominationId);
        nomination.HasMany(n => n.Scores).WithOne().HasForeignKey(s => s.NominationId);
    }

    public void Configure(EntityTypeBuilder<HonourAchievement> achievement)
    {
        achievement.ToTable("HonourAchievements");
        achievement.Property(a => a.Title).HasMaxLength(HonourRules.MaxTitleLength);
        achievement.Property(a => a.Kind).HasConversion<string>().HasMaxLength(30);
        achievement.Property(a => a.Key).HasMaxLength(HonourRules.MaxTitleLength + 10);
    }

    public void Configure(EntityTypeBuilder<HonourEvidence> evidence)
    {
        evidence.ToTable("HonourEvidence");
        evidence.Property(e => e.FileName).HasMaxLength(HonourRules.MaxFileNameLength);
        evidence.Property(e => e.Sha256).HasMaxLength(64);
        evidence.Property(e => e.Description).HasMaxLength(HonourRules.MaxDescriptionLength);
    }

    public void Configure(EntityTypeBuilder<HonouredAchievement> honoured)
    {
        honoured.ToTable("HonouredAchievements");
        honoured.Property(h => h.Key).HasMaxLength(HonourRules.MaxTitleLength + 10);
        // One honour per achievement (Law 06/2022/QH15), held by the database too.
        honoured.HasIndex(h => new { h.IntellectualId, h.Key }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<HonourCouncilSeat> seat)
    {
        seat.ToTable("HonourCouncilSeats");
        seat.Property(s => s.Role).HasConversion<string>().HasMaxLength(20);
        seat.HasIndex(s => new { s.RoundId, s.IntellectualId }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<HonourScore> score)
    {
        score.ToTable("HonourScores");
        score.HasIndex(s => new { s.NominationId, s.SeatId }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<HonourSeatRemoval> removal)
    {
        removal.ToTable("HonourSeatRemovals");
        removal.Property(r => r.Role).HasConversion<string>().HasMaxLength(20);
        removal.Property(r => r.Reason).HasMaxLength(HonourRules.MaxDescriptionLength);
        removal.HasIndex(r => r.IntellectualId);
    }
}
