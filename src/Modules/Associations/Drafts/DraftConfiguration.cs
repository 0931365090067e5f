namespace TriThuc.Modules.Associations.Drafts;

/// <summary>Drafts by agency and window; one paragraph per number; comments by draft and by person; one disposition per comment.</summary>
internal sealed class DraftConfiguration : IEntityTypeConfiguration<Draft>
{
    public void Configure(EntityTypeBuilder<Draft> draft)
    {
        draft.Property(d => d.Title).HasMaxLength(DraftRules.MaxTitleLength);
        draft.Property(d => d.SearchTitle).HasMaxLength(DraftRules.MaxTitleLength);
        draft.Property(d => d.Summary).HasMaxLength(DraftRules.MaxSummaryLength);
        draft.HasIndex(d => new { d.AgencyUnitId, d.OpensAt });
        draft.HasMany(d => d.Paragraphs).WithOne().HasForeignKey(p => p.DraftId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DraftParagraphConfiguration : IEntityTypeConfiguration<DraftParagraph>
{
    public void Configure(EntityTypeBuilder<DraftParagraph> paragraph)
    {
        paragraph.Property(p => p.Text).HasMaxLength(DraftRules.MaxParagraphLength);
        paragraph.HasIndex(p => new { p.DraftId, p.Number }).IsUnique();
    }
}

internal sealed class DraftCommentConfiguration : IEntityTypeConfiguration<DraftComment>
{
    public void Configure(EntityTypeBuilder<DraftComment> comment)
    {
        comment.Property(c => c.Text).HasMaxLength(DraftRules.MaxCommentLength);
        comment.Property(c => c.Contact).HasMaxLength(DraftRules.MaxContactLength);
        comment.HasIndex(c => c.DraftId);
        comment.HasIndex(c => c.PersonId);
        comment.HasOne<Draft>().WithMany().HasForeignKey(c => c.DraftId).OnDelete(DeleteBehavior.Restrict);
        comment.HasOne<DraftParagraph>().WithMany().HasForeignKey(c => c.ParagraphId).OnDelete(DeleteBehavior.Restrict);
        comment.HasOne(c => c.Disposition).WithOne().HasForeignKey<CommentDisposition>(d => d.CommentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CommentDispositionConfiguration : IEntityTypeConfiguration<CommentDisposition>
{
    public void Configure(EntityTypeBuilder<CommentDisposition> disposition)
    {
        disposition.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        disposition.Property(d => d.Explanation).HasMaxLength(DraftRules.MaxExplanationLength);
        disposition.HasIndex(d => d.CommentId).IsUnique();
    }
}
