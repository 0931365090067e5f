namespace TriThuc.Modules.Science.Fund;

/// <summary>Capital received, found by day.</summary>
internal sealed class CapitalContributionConfiguration : IEntityTypeConfiguration<CapitalContribution>
{
    public void Configure(EntityTypeBuilder<CapitalContribution> contribution)
    {
        contribution.Property(c => c.Source).HasConversion<string>().HasMaxLength(20);
        contribution.Property(c => c.Contributor).HasMaxLength(300);
        contribution.HasIndex(c => c.ReceivedOn);
    }
}

/// <summary>Calls, found by code.</summary>
internal sealed class FundCallConfiguration : IEntityTypeConfiguration<FundCall>
{
    public void Configure(EntityTypeBuilder<FundCall> call)
    {
        call.Property(c => c.Code).HasMaxLength(30);
        call.HasIndex(c => c.Code).IsUnique();
        call.Property(c => c.Title).HasMaxLength(500);
    }
}

/// <summary>Applications, found by call and status.</summary>
internal sealed class FundApplicationConfiguration : IEntityTypeConfiguration<FundApplication>
{
    public void Configure(EntityTypeBuilder<FundApplication> application)
    {
        application.Property(a => a.Title).HasMaxLength(500);
        application.Property(a => a.ApplicantName).HasMaxLength(300);
        application.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        application.HasOne<FundCall>().WithMany().HasForeignKey(a => a.CallId).OnDelete(DeleteBehavior.Restrict);
        application.HasIndex(a => new { a.CallId, a.Status });
    }
}

/// <summary>Grants: at most one per application.</summary>
internal sealed class GrantConfiguration : IEntityTypeConfiguration<Grant>
{
    public void Configure(EntityTypeBuilder<Grant> grant)
    {
        grant.Property(g => g.Name).HasMaxLength(500);
        grant.HasOne<FundApplication>().WithMany().HasForeignKey(g => g.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        grant.HasIndex(g => g.ApplicationId).IsUnique();
        grant.HasOne<FundCall>().WithMany().HasForeignKey(g => g.CallId).OnDelete(DeleteBehavior.Restrict);
        grant.HasIndex(g => g.AwardedOn);
    }
}

/// <summary>Disbursements, found by grant and day.</summary>
internal sealed class DisbursementConfiguration : IEntityTypeConfiguration<Disbursement>
{
    public void Configure(EntityTypeBuilder<Disbursement> disbursement)
    {
        disbursement.HasOne<Grant>().WithMany().HasForeignKey(d => d.GrantId).OnDelete(DeleteBehavior.Restrict);
        disbursement.HasIndex(d => new { d.GrantId, d.PaidOn });
        disbursement.HasIndex(d => d.PaidOn);
    }
}
