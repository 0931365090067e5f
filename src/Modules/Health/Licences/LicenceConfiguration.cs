namespace TriThuc.Modules.Health.Licences;

/// <summary>
/// Licences: a number is unique, and one holder has at most one licence in force per title — both held by unique
/// indexes, so that two clerks saving at the same moment cannot break them either.
/// </summary>
internal sealed class LicenceConfiguration : IEntityTypeConfiguration<PractisingLicence>
{
    public void Configure(EntityTypeBuilder<PractisingLicence> licence)
    {
        licence.ToTable("Licences");
        licence.Property(l => l.Number).HasMaxLength(LicenceRules.MaxNumberLength);
        licence.Property(l => l.Title).HasConversion<string>().HasMaxLength(40);
        licence.Property(l => l.InForceTitle).HasConversion<string>().HasMaxLength(40);
        licence.Property(l => l.Scope).HasMaxLength(LicenceRules.MaxScopeLength);
        licence.Property(l => l.Issuer).HasMaxLength(LicenceRules.MaxIssuerLength);
        licence.HasIndex(l => l.Number).IsUnique();
        licence.HasIndex(l => new { l.HolderId, l.InForceTitle }).IsUnique();
        licence.HasIndex(l => l.ExpiresOn);
        licence.HasMany(l => l.Decisions).WithOne().HasForeignKey(d => d.LicenceId).OnDelete(DeleteBehavior.Restrict);
        licence.HasMany(l => l.Renewals).WithOne().HasForeignKey(r => r.LicenceId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class LicenceDecisionConfiguration : IEntityTypeConfiguration<LicenceDecision>
{
    public void Configure(EntityTypeBuilder<LicenceDecision> decision)
    {
        decision.ToTable("LicenceDecisions");
        decision.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        decision.Property(d => d.Number).HasMaxLength(LicenceRules.MaxNumberLength);
        decision.Property(d => d.Reason).HasMaxLength(LicenceRules.MaxReasonLength);
        decision.HasIndex(d => new { d.LicenceId, d.DecidedOn });
    }
}

internal sealed class LicenceRenewalConfiguration : IEntityTypeConfiguration<LicenceRenewal>
{
    public void Configure(EntityTypeBuilder<LicenceRenewal> renewal)
    {
        renewal.ToTable("LicenceRenewals");
        renewal.HasIndex(r => new { r.LicenceId, r.FiledOn });
    }
}
