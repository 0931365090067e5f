namespace TriThuc.Modules.Education.Gifted;

/// <summary>The gifted pipeline's tables: one entry per pupil per contest is the rule the unique index keeps.</summary>
internal sealed class GiftedConfiguration : IEntityTypeConfiguration<Contest>, IEntityTypeConfiguration<Team>, IEntityTypeConfiguration<TeamCoach>,
    IEntityTypeConfiguration<Pupil>, IEntityTypeConfiguration<Entry>
{
    public void Configure(EntityTypeBuilder<Contest> contest)
    {
        contest.Property(c => c.Title).HasMaxLength(GiftedRules.MaxTitleLength);
        contest.Property(c => c.SearchTitle).HasMaxLength(GiftedRules.MaxTitleLength);
        contest.Property(c => c.Level).HasConversion<string>().HasMaxLength(30);
        contest.HasIndex(c => c.SchoolYear);
    }

    public void Configure(EntityTypeBuilder<Team> team)
    {
        team.Property(t => t.Subject).HasMaxLength(GiftedRules.MaxSubjectLength);
        team.HasIndex(t => new { t.ContestId, t.Subject }).IsUnique();
        team.HasMany(t => t.Coaches).WithOne().HasForeignKey(c => c.TeamId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<TeamCoach> coach) => coach.HasIndex(c => new { c.PersonId, c.TeamId }).IsUnique();

    public void Configure(EntityTypeBuilder<Pupil> pupil)
    {
        pupil.Property(p => p.FullName).HasMaxLength(GiftedRules.MaxNameLength);
        pupil.Property(p => p.EthnicGroupCode).HasMaxLength(2);
        pupil.Property(p => p.Gender).HasConversion<string>().HasMaxLength(10);
        pupil.Property(p => p.LegalBasis).HasConversion<string>().HasMaxLength(30);
        pupil.Property(p => p.NationalIdHash).HasMaxLength(64);
        pupil.HasIndex(p => p.NationalIdHash);
        pupil.HasIndex(p => p.LinkedPersonId);
    }

    public void Configure(EntityTypeBuilder<Entry> entry)
    {
        entry.Property(e => e.Subject).HasMaxLength(GiftedRules.MaxSubjectLength);
        entry.Property(e => e.Prize).HasConversion<string>().HasMaxLength(20);
        entry.Property(e => e.Score).HasPrecision(6, 2);
        entry.HasIndex(e => new { e.ContestId, e.PupilId }).IsUnique();
        entry.HasIndex(e => e.PupilId);
    }
}
