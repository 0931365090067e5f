namespace TriThuc.Modules.Talent.Remote;

internal sealed class RemoteConfiguration : IEntityTypeConfiguration<RemotePosting>, IEntityTypeConfiguration<RemotePayment>
{
    public void Configure(EntityTypeBuilder<RemotePosting> posting)
    {
        posting.ToTable("RemotePostings");
        posting.Property(p => p.Decision).HasMaxLength(RemoteSupportService.MaxDecisionLength);
        posting.HasIndex(p => p.PersonId);
        posting.HasIndex(p => new { p.UnitId, p.StartsOn });
    }

    public void Configure(EntityTypeBuilder<RemotePayment> payment)
    {
        payment.ToTable("RemotePayments");
        payment.Property(p => p.Kind).HasConversion<string>().HasMaxLength(30);
        // The database refuses a second payment of a month too, should two clerks record it at once.
        payment.HasIndex(p => new { p.PersonId, p.Kind, p.Month }).IsUnique();
    }
}
