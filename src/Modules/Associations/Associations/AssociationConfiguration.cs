namespace TriThuc.Modules.Associations.Associations;

/// <summary>Associations by name, their decisions and charter amendments by date, and one editor row per user and association.</summary>
internal sealed class AssociationConfiguration : IEntityTypeConfiguration<Association>
{
    public void Configure(EntityTypeBuilder<Association> association)
    {
        association.Property(a => a.Title).HasMaxLength(AssociationRules.MaxTitleLength);
        association.Property(a => a.SearchTitle).HasMaxLength(AssociationRules.MaxTitleLength);
        association.Property(a => a.Kind).HasConversion<string>().HasMaxLength(30);
        association.Property(a => a.Field).HasMaxLength(AssociationRules.MaxFieldLength);
        association.Property(a => a.FoundingDecision).HasMaxLength(AssociationRules.MaxNumberLength);
        association.Property(a => a.CharterDecision).HasMaxLength(AssociationRules.MaxNumberLength);
        association.HasIndex(a => a.SearchTitle);
        association.HasIndex(a => a.ParentId);
        association.HasOne<Association>().WithMany().HasForeignKey(a => a.ParentId).OnDelete(DeleteBehavior.Restrict);
        association.HasMany(a => a.Decisions).WithOne().HasForeignKey(d => d.AssociationId).OnDelete(DeleteBehavior.Restrict);
        association.HasMany(a => a.CharterAmendments).WithOne().HasForeignKey(c => c.AssociationId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>One amendment a day per association: two clerks recording the same day's at the same moment meet the unique index.</summary>
internal sealed class CharterAmendmentConfiguration : IEntityTypeConfiguration<CharterAmendment>
{
    public void Configure(EntityTypeBuilder<CharterAmendment> amendment)
    {
        amendment.Property(c => c.Number).HasMaxLength(AssociationRules.MaxNumberLength);
        amendment.HasIndex(c => new { c.AssociationId, c.DecidedOn }).IsUnique();
    }
}

internal sealed class AssociationDecisionConfiguration : IEntityTypeConfiguration<AssociationDecision>
{
    public void Configure(EntityTypeBuilder<AssociationDecision> decision)
    {
        decision.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        decision.Property(d => d.Number).HasMaxLength(AssociationRules.MaxNumberLength);
        decision.HasIndex(d => new { d.AssociationId, d.DecidedOn });
    }
}

internal sealed class AssociationEditorConfiguration : IEntityTypeConfiguration<AssociationEditor>
{
    public void Configure(EntityTypeBuilder<AssociationEditor> editor)
    {
        editor.Property(e => e.UserId).HasMaxLength(AssociationRules.MaxUserIdLength);
        editor.HasIndex(e => new { e.AssociationId, e.UserId }).IsUnique();
        editor.HasOne<Association>().WithMany().HasForeignKey(e => e.AssociationId).OnDelete(DeleteBehavior.Restrict);
    }
}
