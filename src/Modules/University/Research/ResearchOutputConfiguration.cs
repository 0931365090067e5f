namespace TriThuc.Modules.University.Research;

/// <summary>Outputs by year and kind, a DOI recorded once, and their authors.</summary>
internal sealed class ResearchOutputConfiguration : IEntityTypeConfiguration<ResearchOutput>
{
    public void Configure(EntityTypeBuilder<ResearchOutput> output)
    {
        output.Property(o => o.Title).HasMaxLength(ResearchOutputRules.MaxTitleLength);
        output.Property(o => o.SearchTitle).HasMaxLength(ResearchOutputRules.MaxTitleLength);
        output.Property(o => o.Kind).HasConversion<string>().HasMaxLength(30);
        output.Property(o => o.Venue).HasMaxLength(ResearchOutputRules.MaxVenueLength);
        output.Property(o => o.Doi).HasMaxLength(Doi.MaxLength);
        output.Property(o => o.Issn).HasMaxLength(9);
        output.Property(o => o.FieldCode).HasMaxLength(50);
        output.Property(o => o.Keywords).HasMaxLength(2200);
        output.Property(o => o.SearchKeywords).HasMaxLength(2200);
        output.HasMany(o => o.Authors).WithOne().HasForeignKey(a => a.OutputId).OnDelete(DeleteBehavior.Cascade);
        output.HasIndex(o => new { o.Year, o.Kind });
        output.HasIndex(o => o.Doi).IsUnique();
    }
}
