using TriThuc.Modules.Associations.Associations;

namespace TriThuc.Modules.Associations.Consultations;

/// <summary>Requests by deadline and by agency; one conflict, one seat per person and request; one answer per recommendation.</summary>
internal sealed class ConsultationRequestConfiguration : IEntityTypeConfiguration<ConsultationRequest>
{
    public void Configure(EntityTypeBuilder<ConsultationRequest> request)
    {
        request.Property(r => r.Subject).HasMaxLength(ConsultationRules.MaxSubjectLength);
        request.Property(r => r.Documents).HasMaxLength(ConsultationRules.MaxDocumentsLength);
        request.Property(r => r.SubjectKind).HasConversion<string>().HasMaxLength(20);
        request.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        request.HasIndex(r => new { r.AssociationId, r.Deadline });
        request.HasIndex(r => new { r.AgencyUnitId, r.Deadline });
        request.HasOne<Association>().WithMany().HasForeignKey(r => r.AssociationId).OnDelete(DeleteBehavior.Restrict);
        request.HasMany(r => r.Conflicts).WithOne().HasForeignKey(c => c.RequestId).OnDelete(DeleteBehavior.Restrict);
        request.HasMany(r => r.Panel).WithOne().HasForeignKey(s => s.RequestId).OnDelete(DeleteBehavior.Restrict);
        request.HasMany(r => r.ExpertOpinions).WithOne().HasForeignKey(o => o.RequestId).OnDelete(DeleteBehavior.Restrict);
        request.HasMany(r => r.Opinions).WithOne().HasForeignKey(o => o.RequestId).OnDelete(DeleteBehavior.Restrict);
        request.Ignore(r => r.CurrentOpinion);
    }
}

internal sealed class ConsultationConflictConfiguration : IEntityTypeConfiguration<ConsultationConflict>
{
    public void Configure(EntityTypeBuilder<ConsultationConflict> conflict)
    {
        conflict.Property(c => c.Reason).HasConversion<string>().HasMaxLength(20);
        conflict.HasIndex(c => new { c.RequestId, c.PersonId }).IsUnique();
    }
}

internal sealed class PanelSeatConfiguration : IEntityTypeConfiguration<PanelSeat>
{
    public void Configure(EntityTypeBuilder<PanelSeat> seat)
    {
        seat.HasIndex(s => new { s.RequestId, s.PersonId }).IsUnique();
        seat.HasIndex(s => s.PersonId);
    }
}

internal sealed class ExpertOpinionConfiguration : IEntityTypeConfiguration<ExpertOpinion>
{
    public void Configure(EntityTypeBuilder<ExpertOpinion> opinion) => opinion.Property(o => o.Text).HasMaxLength(ConsultationRules.MaxTextLength);
}

internal sealed class ConsolidatedOpinionConfiguration : IEntityTypeConfiguration<ConsolidatedOpinion>
{
    public void Configure(EntityTypeBuilder<ConsolidatedOpinion> opinion)
    {
        opinion.Property(o => o.Summary).HasMaxLength(ConsultationRules.MaxTextLength);
        opinion.HasIndex(o => o.SupersedesId).IsUnique();
        opinion.HasOne<ConsolidatedOpinion>().WithMany().HasForeignKey(o => o.SupersedesId).OnDelete(DeleteBehavior.Restrict);
        opinion.HasMany(o => o.Recommendations).WithOne().HasForeignKey(r => r.OpinionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RecommendationConfiguration : IEntityTypeConfiguration<Recommendation>
{
    public void Configure(EntityTypeBuilder<Recommendation> recommendation)
    {
        recommendation.Property(r => r.Text).HasMaxLength(ConsultationRules.MaxRecommendationLength);
        recommendation.HasIndex(r => new { r.OpinionId, r.Number }).IsUnique();
        recommendation.HasIndex(r => r.RequestId);
        recommendation.HasOne(r => r.Response).WithOne().HasForeignKey<RecommendationResponse>(x => x.RecommendationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RecommendationResponseConfiguration : IEntityTypeConfiguration<RecommendationResponse>
{
    public void Configure(EntityTypeBuilder<RecommendationResponse> response)
    {
        response.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        response.Property(r => r.Text).HasMaxLength(ConsultationRules.MaxTextLength);
        response.HasIndex(r => r.RecommendationId).IsUnique();
    }
}

internal sealed class AgencyResponderConfiguration : IEntityTypeConfiguration<AgencyResponder>
{
    public void Configure(EntityTypeBuilder<AgencyResponder> responder)
    {
        responder.Property(r => r.UserId).HasMaxLength(AssociationRules.MaxUserIdLength);
        responder.HasIndex(r => new { r.UnitId, r.UserId }).IsUnique();
    }
}
