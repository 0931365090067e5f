namespace TriThuc.Modules.Health.Postings;

/// <summary>Postings, found by person and by the facility posted to.</summary>
internal sealed class PostingConfiguration : IEntityTypeConfiguration<Posting>
{
    public void Configure(EntityTypeBuilder<Posting> posting)
    {
        posting.ToTable("Postings");
        posting.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        posting.Property(p => p.Decision).HasMaxLength(PostingRules.MaxDecisionLength);
        posting.Ignore(p => p.LastDay);
        posting.HasIndex(p => p.PersonId);
        posting.HasIndex(p => new { p.ToFacilityId, p.StartsOn });
    }
}
