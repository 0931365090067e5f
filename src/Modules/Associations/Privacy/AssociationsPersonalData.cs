using TriThuc.Modules.Associations.Data;

namespace TriThuc.Modules.Associations.Privacy;

/// <summary>The module's part of a person's data export (the right of access): their memberships and dues, their seats on boards (with the day and reason they left one), and their comments on drafts.</summary>
public sealed class AssociationsPersonalData(AssociationsDbContext db) : IPersonalDataContributor
{
    public async Task<object?> ExportAsync(string personId, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(personId, out var id))
        {
            return null;
        }

        var memberships = await db.Members.AsNoTracking()
            .Where(m => m.PersonId == id)
            .OrderBy(m => m.JoinedOn)
            .Select(m => new
            {
                m.Id, m.AssociationId, Association = db.Associations.Where(a => a.Id == m.AssociationId).Select(a => a.Title).FirstOrDefault(),
                Kind = m.Kind.ToString(), m.JoinedOn, m.LeftOn, Dues = m.Dues.OrderBy(d => d.Year).Select(d => new { d.Year, d.PaidOn, d.Amount }).ToList(),
            })
            .ToListAsync(cancellationToken);
        var leadership = await db.TermLeaders.AsNoTracking()
            .Where(l => l.PersonId == id)
            .Join(db.Terms, l => l.TermId, t => t.Id, (l, t) => new { Seat = l, Term = t })
            .OrderBy(x => x.Seat.AppointedOn)
            .Select(x => new
            {
                x.Seat.Id, x.Term.AssociationId, Association = db.Associations.Where(a => a.Id == x.Term.AssociationId).Select(a => a.Title).FirstOrDefault(),
                Term = x.Term.Title, Role = x.Seat.Role.ToString(), x.Seat.AppointedOn, x.Seat.LeftOn, x.Seat.LeftReason,
            })
            .ToListAsync(cancellationToken);
        var draftComments = (await db.DraftComments.AsNoTracking()
            .Where(c => c.PersonId == id)
            .Select(c => new
            {
                c.Id, c.DraftId, Draft = db.Drafts.Where(d => d.Id == c.DraftId).Select(d => d.Title).FirstOrDefault(),
                Paragraph = db.DraftParagraphs.Where(p => p.Id == c.ParagraphId).Select(p => p.Number).FirstOrDefault(),
                c.Text, c.Contact, c.CreatedAt,
                Disposition = c.Disposition == null ? null : new { Kind = c.Disposition.Kind.ToString(), c.Disposition.Explanation },
            })
            .ToListAsync(cancellationToken))
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).ToList();
        return memberships.Count == 0 && leadership.Count == 0 && draftComments.Count == 0 ? null : new { memberships, leadership, draftComments };
    }
}
