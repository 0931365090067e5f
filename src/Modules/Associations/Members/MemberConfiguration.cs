using TriThuc.Modules.Associations.Associations;

namespace TriThuc.Modules.Associations.Members;

/// <summary>Members by association and by person; one dues row per member and year, held by a unique index.</summary>
internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> member)
    {
        member.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
        member.Property(m => m.ExternalName).HasMaxLength(MemberRules.MaxNameLength);
        member.HasIndex(m => new { m.AssociationId, m.JoinedOn });
        member.HasIndex(m => m.PersonId);
        member.HasOne<Association>().WithMany().HasForeignKey(m => m.AssociationId).OnDelete(DeleteBehavior.Restrict);
        member.HasMany(m => m.Dues).WithOne().HasForeignKey(d => d.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MemberDuesConfiguration : IEntityTypeConfiguration<MemberDues>
{
    public void Configure(EntityTypeBuilder<MemberDues> dues) => dues.HasIndex(d => new { d.MemberId, d.Year }).IsUnique();
}
