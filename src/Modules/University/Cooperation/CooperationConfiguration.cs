namespace TriThuc.Modules.University.Cooperation;

/// <summary>Agreements by validity and origin; activities by agreement and date, with their participants.</summary>
internal sealed class CooperationAgreementConfiguration : IEntityTypeConfiguration<CooperationAgreement>
{
    public void Configure(EntityTypeBuilder<CooperationAgreement> agreement)
    {
        agreement.ToTable("CooperationAgreements");
        agreement.Property(a => a.Title).HasMaxLength(CooperationRules.MaxPartnerLength);
        agreement.Property(a => a.SearchTitle).HasMaxLength(CooperationRules.MaxPartnerLength);
        agreement.Property(a => a.Country).HasMaxLength(CooperationRules.MaxCountryLength);
        agreement.Property(a => a.SearchCountry).HasMaxLength(CooperationRules.MaxCountryLength);
        agreement.Property(a => a.Origin).HasConversion<string>().HasMaxLength(20);
        agreement.Property(a => a.Type).HasConversion<string>().HasMaxLength(40);
        agreement.Property(a => a.Scope).HasMaxLength(CooperationRules.MaxScopeLength);
        agreement.HasIndex(a => new { a.ValidFrom, a.ValidTo });
        agreement.HasIndex(a => a.ResponsibleUnitId);
    }
}

internal sealed class CooperationActivityConfiguration : IEntityTypeConfiguration<CooperationActivity>
{
    public void Configure(EntityTypeBuilder<CooperationActivity> activity)
    {
        activity.ToTable("CooperationActivities");
        activity.Property(a => a.Title).HasMaxLength(CooperationRules.MaxTitleLength);
        activity.Property(a => a.SearchTitle).HasMaxLength(CooperationRules.MaxTitleLength);
        activity.Property(a => a.Kind).HasConversion<string>().HasMaxLength(30);
        activity.HasOne<CooperationAgreement>().WithMany().HasForeignKey(a => a.AgreementId).OnDelete(DeleteBehavior.Restrict);
        activity.HasMany(a => a.Participants).WithOne().HasForeignKey(p => p.ActivityId).OnDelete(DeleteBehavior.Cascade);
        activity.HasIndex(a => new { a.AgreementId, a.StartDate });
    }
}

internal sealed class CooperationParticipantConfiguration : IEntityTypeConfiguration<CooperationParticipant>
{
    public void Configure(EntityTypeBuilder<CooperationParticipant> participant)
    {
        participant.ToTable("CooperationParticipants");
        participant.HasIndex(p => new { p.ActivityId, p.PersonId }).IsUnique();
        participant.HasIndex(p => p.PersonId);
    }
}
