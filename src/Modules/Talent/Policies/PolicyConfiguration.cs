namespace TriThuc.Modules.Talent.Policies;

internal sealed class PolicyConfiguration : IEntityTypeConfiguration<AttractionPolicy>, IEntityTypeConfiguration<PolicyVersion>
{
    public void Configure(EntityTypeBuilder<AttractionPolicy> policy)
    {
        policy.ToTable("AttractionPolicies");
        policy.Property(p => p.Code).HasMaxLength(PolicyRules.MaxCodeLength);
        policy.HasIndex(p => p.Code).IsUnique();
        policy.Property(p => p.Title).HasMaxLength(PolicyRules.MaxTitleLength);
        policy.Property(p => p.SearchTitle).HasMaxLength(PolicyRules.MaxTitleLength);
        policy.Property(p => p.ExclusionGroup).HasMaxLength(PolicyRules.MaxCodeLength);
        policy.HasMany(p => p.Versions).WithOne().HasForeignKey(v => v.PolicyId);
    }

    public void Configure(EntityTypeBuilder<PolicyVersion> version)
    {
        version.ToTable("PolicyVersions");
        version.Property(v => v.InstrumentKind).HasConversion<string>().HasMaxLength(40);
        version.Property(v => v.InstrumentNumber).HasMaxLength(PolicyRules.MaxNumberLength);
        version.Property(v => v.Issuer).HasMaxLength(PolicyRules.MaxIssuerLength);
        version.Property(v => v.MinimumDegree).HasConversion<string>().HasMaxLength(20);
        version.Property(v => v.FieldCodes).HasMaxLength(PolicyRules.MaxFieldsLength);
        version.Property(v => v.MonthlyBase).HasConversion<string>().HasMaxLength(20);
        version.Property(v => v.RefundRule).HasConversion<string>().HasMaxLength(20);
        version.Property(v => v.OneOffBaseSalaryMonths).HasPrecision(9, 2);
        version.Property(v => v.MonthlyShare).HasPrecision(9, 4);
        version.Ignore(v => v.Fields);
        version.HasIndex(v => new { v.PolicyId, v.EffectiveFrom }).IsUnique();
    }
}
