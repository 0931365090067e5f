using TriThuc.Modules.Associations.Data;
using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Associations.Consultations;

/// <summary>
/// Proposes experts for a request's panel from the Registry's expert finder: people with evidence in the field asked
/// (by default the assigned association's field), or on a topic, best first, without the drafters of the subject and
/// anyone else with a declared conflict (the same rule that refuses them a seat), and without those seated already.
/// A proposal only: seating stays <c>seatAssociationsExpert</c>.
/// </summary>
public sealed class PanelProposalService(AssociationsDbContext db, IExpertFinder finder)
{
    public const int MaxProposed = 50;

    public async Task<IReadOnlyList<RankedExpert>> ProposeAsync(Guid requestId, string? field, string? topic, int first, CancellationToken cancellationToken)
    {
        if (first is < 1 or > MaxProposed)
        {
            throw DomainException.Validation("first", $"Số người đề xuất phải từ 1 đến {MaxProposed}.");
        }

        var request = await db.ConsultationRequests.AsNoTracking().Include(r => r.Conflicts).Include(r => r.Panel).AsSplitQuery()
            .SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken) ?? throw DomainException.NotFound("Không tìm thấy yêu cầu tư vấn, phản biện.");
        var associationField = await db.Associations.Where(a => a.Id == request.AssociationId).Select(a => a.Field).SingleAsync(cancellationToken);
        var excluded = request.Conflicts.Select(c => c.PersonId).Concat(request.Panel.Select(s => s.PersonId)).ToHashSet();
        var search = string.IsNullOrWhiteSpace(topic)
            ? new ExpertSearch(null, string.IsNullOrWhiteSpace(field) ? associationField : field)
            : new ExpertSearch(topic, string.IsNullOrWhiteSpace(field) ? null : field);
        return (await finder.RankAsync(search, cancellationToken)).Where(e => !excluded.Contains(e.PersonId)).Take(first).ToList();
    }
}
