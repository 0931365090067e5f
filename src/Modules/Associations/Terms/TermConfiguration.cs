using TriThuc.Modules.Associations.Associations;

namespace TriThuc.Modules.Associations.Terms;

/// <summary>Terms by association and start; seats by term and person (one person holds one seat at a time: <see cref="TermRules"/>).</summary>
internal sealed class TermConfiguration : IEntityTypeConfiguration<Term>
{
    public void Configure(EntityTypeBuilder<Term> term)
    {
        term.Property(t => t.Title).HasMaxLength(TermRules.MaxTitleLength);
        term.Property(t => t.CongressDecision).HasMaxLength(AssociationRules.MaxNumberLength);
        term.HasIndex(t => new { t.AssociationId, t.StartsOn });
        term.HasOne<Association>().WithMany().HasForeignKey(t => t.AssociationId).OnDelete(DeleteBehavior.Restrict);
        term.HasMany(t => t.Leaders).WithOne().HasForeignKey(l => l.TermId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TermLeaderConfiguration : IEntityTypeConfiguration<TermLeader>
{
    public void Configure(EntityTypeBuilder<TermLeader> leader)
    {
        leader.Property(l => l.Role).HasConversion<string>().HasMaxLength(30);
        leader.Property(l => l.LeftReason).HasMaxLength(TermRules.MaxReasonLength);
        leader.HasIndex(l => new { l.TermId, l.PersonId });
        leader.HasIndex(l => l.PersonId);
    }
}
