using TriThuc.Modules.Science.Data;

namespace TriThuc.Modules.Science.Privacy;

/// <summary>
/// Science's part of a person's data export: the projects they lead or work on, their council seats with the
/// scores they gave, the initiatives and patents they hold, and the fund applications they made.
/// </summary>
public sealed class SciencePersonalData(ScienceDbContext db) : IPersonalDataContributor
{
    public async Task<object?> ExportAsync(string personId, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(personId, out var id))
        {
            return null;
        }

        var projects = await db.Projects.AsNoTracking()
            .Where(p => p.LeadId == id || p.Members.Any(m => m.IntellectualId == id))
            .OrderBy(p => p.Code)
            .Select(p => new { p.Id, p.Code, p.Title, Role = p.LeadId == id ? "Lead" : "Member", Status = p.Status.ToString(), p.StatusSince })
            .ToListAsync(cancellationToken);
        var seats = await (from seat in db.CouncilMembers.AsNoTracking()
                           join council in db.Councils.AsNoTracking() on seat.CouncilId equals council.Id
                           join project in db.Projects.AsNoTracking() on council.ProjectId equals project.Id
                           where seat.IntellectualId == id
                           orderby council.FormedOn
                           select new { CouncilId = council.Id, Council = council.Name, Kind = council.Kind.ToString(), council.FormedOn, ProjectCode = project.Code, Role = seat.Role.ToString(), seat.Score })
            .ToListAsync(cancellationToken);
        var initiatives = await db.Initiatives.AsNoTracking()
            .Where(i => i.Holders.Any(h => h.IntellectualId == id))
            .OrderBy(i => i.Year)
            .Select(i => new { i.Id, Kind = i.Kind.ToString(), i.Title, i.Number, Level = i.Level.ToString(), i.Year })
            .ToListAsync(cancellationToken);
        var applications = await db.FundApplications.AsNoTracking()
            .Where(a => a.ApplicantIntellectualId == id)
            .OrderBy(a => a.SubmittedOn)
            .Select(a => new { a.Id, a.CallId, a.Title, a.ApplicantName, a.RequestedAmount, a.SubmittedOn, Status = a.Status.ToString() })
            .ToListAsync(cancellationToken);

        return projects.Count + seats.Count + initiatives.Count + applications.Count == 0
            ? null
            : new { projects, councilSeats = seats, initiatives, fundApplications = applications };
    }
}
