namespace TriThuc.Modules.Education.Training;

/// <summary>Courses found by person; titles kept folded beside them for search.</summary>
internal sealed class InServiceTrainingConfiguration : IEntityTypeConfiguration<InServiceTraining>
{
    public void Configure(EntityTypeBuilder<InServiceTraining> training)
    {
        training.Property(t => t.Title).HasMaxLength(InServiceTrainingRules.MaxTitleLength);
        training.Property(t => t.SearchTitle).HasMaxLength(InServiceTrainingRules.MaxTitleLength);
        training.Property(t => t.Provider).HasMaxLength(InServiceTrainingRules.MaxProviderLength);
        training.Property(t => t.Certificate).HasMaxLength(InServiceTrainingRules.MaxCertificateLength);
        training.HasIndex(t => new { t.PersonId, t.StartedOn });
    }
}
