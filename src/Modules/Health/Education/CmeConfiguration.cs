namespace TriThuc.Modules.Health.Education;

/// <summary>Activities by person and completion day; a certificate is recorded once.</summary>
internal sealed class CmeConfiguration : IEntityTypeConfiguration<CmeActivity>
{
    public void Configure(EntityTypeBuilder<CmeActivity> activity)
    {
        activity.ToTable("CmeActivities");
        activity.Property(a => a.Title).HasMaxLength(CmeRules.MaxTitleLength);
        activity.Property(a => a.Provider).HasMaxLength(CmeRules.MaxProviderLength);
        activity.Property(a => a.Form).HasConversion<string>().HasMaxLength(20);
        activity.Property(a => a.Certificate).HasMaxLength(CmeRules.MaxCertificateLength);
        activity.HasIndex(a => new { a.PersonId, a.CompletedOn });
        activity.HasIndex(a => a.Certificate).IsUnique();
    }
}
