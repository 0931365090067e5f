using TriThuc.Modules.Associations.Associations;
using TriThuc.Modules.Associations.Consultations;
using TriThuc.Modules.Associations.Drafts;
using TriThuc.Modules.Associations.Members;
using TriThuc.Modules.Associations.Terms;

namespace TriThuc.Modules.Associations.Data;

/// <summary>The module's own database: its sets only; each entity's mapping lives beside it (<c>*Configuration.cs</c>).</summary>
public sealed class AssociationsDbContext(DbContextOptions<AssociationsDbContext> options) : ModuleDbContext(options)
{
    public DbSet<Association> Associations => Set<Association>();

    public DbSet<AssociationDecision> AssociationDecisions => Set<AssociationDecision>();

    public DbSet<CharterAmendment> CharterAmendments => Set<CharterAmendment>();

    public DbSet<AssociationEditor> AssociationEditors => Set<AssociationEditor>();

    public DbSet<Member> Members => Set<Member>();

    public DbSet<MemberDues> MemberDues => Set<MemberDues>();

    public DbSet<Term> Terms => Set<Term>();

    public DbSet<TermLeader> TermLeaders => Set<TermLeader>();

    public DbSet<AgencyResponder> AgencyResponders => Set<AgencyResponder>();

    public DbSet<ConsultationRequest> ConsultationRequests => Set<ConsultationRequest>();

    public DbSet<ConsultationConflict> ConsultationConflicts => Set<ConsultationConflict>();

    public DbSet<PanelSeat> PanelSeats => Set<PanelSeat>();

    public DbSet<ExpertOpinion> ExpertOpinions => Set<ExpertOpinion>();

    public DbSet<ConsolidatedOpinion> ConsolidatedOpinions => Set<ConsolidatedOpinion>();

    public DbSet<Recommendation> Recommendations => Set<Recommendation>();

    public DbSet<RecommendationResponse> RecommendationResponses => Set<RecommendationResponse>();

    public DbSet<Draft> Drafts => Set<Draft>();

    public DbSet<DraftParagraph> DraftParagraphs => Set<DraftParagraph>();

    public DbSet<DraftComment> DraftComments => Set<DraftComment>();

    public DbSet<CommentDisposition> CommentDispositions => Set<CommentDisposition>();
}
