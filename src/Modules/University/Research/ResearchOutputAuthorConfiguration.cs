namespace TriThuc.Modules.University.Research;

/// <summary>Authors in their order on an output (one per place), found by person.</summary>
internal sealed class ResearchOutputAuthorConfiguration : IEntityTypeConfiguration<ResearchOutputAuthor>
{
    public void Configure(EntityTypeBuilder<ResearchOutputAuthor> author)
    {
        author.ToTable("ResearchOutputAuthors");
        author.Property(a => a.ExternalName).HasMaxLength(ResearchOutputRules.MaxNameLength);
        author.Property(a => a.Orcid).HasMaxLength(19);
        author.HasIndex(a => new { a.OutputId, a.Position }).IsUnique();
        author.HasIndex(a => a.PersonId);
    }
}
