using TriThuc.Modules.Education.Data;
using TriThuc.Modules.Education.Schools;
using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Education.Gifted;

/// <summary>Contests, teams, pupils, entries and the consent-gated link to the Registry; what the GraphQL fields call.</summary>
public sealed class GiftedService(EducationDbContext db, RegistryReferences registry, IPersonDirectory people, NationalIdHasher hasher, IClock clock)
{
    private const int MatchBatch = 500;

    public async Task<Contest> RecordContestAsync(ContestInput input, CancellationToken cancellationToken)
    {
        var contest = GiftedRules.NewContest(input, clock.Today);
        db.Contests.Add(contest);
        await db.SaveChangesAsync(cancellationToken);
        return contest;
    }

    public async Task<Team> RecordTeamAsync(TeamInput input, CancellationToken cancellationToken)
    {
        await RequireContestAsync(input.ContestId, cancellationToken);
        var team = GiftedRules.NewTeam(input);
        await registry.RequirePeopleAsync(input.CoachIds, "coachIds", cancellationToken);
        db.Teams.Add(team);
        await SaveAsync("Kỳ thi này đã có đội tuyển môn này; hãy sửa đội đó.", "subject", cancellationToken);
        return team;
    }

    public async Task<Pupil> RecordPupilAsync(PupilInput input, CancellationToken cancellationToken)
    {
        var hash = string.IsNullOrWhiteSpace(input.NationalId) ? null : hasher.Hash(input.NationalId);
        var pupil = GiftedRules.NewPupil(input, hash, clock.Today);
        await RequireSchoolAsync(input.SchoolUnitId, cancellationToken);
        db.Pupils.Add(pupil);
        await db.SaveChangesAsync(cancellationToken);
        return pupil;
    }

    public async Task<Entry> RecordEntryAsync(EntryInput input, CancellationToken cancellationToken)
    {
        await RequireContestAsync(input.ContestId, cancellationToken);
        _ = await db.Pupils.FindAsync([input.PupilId], cancellationToken) ?? throw DomainException.Validation("pupilId", "Không tìm thấy học sinh.");
        var team = input.TeamId is { } teamId
            ? await db.Teams.FindAsync([teamId], cancellationToken) ?? throw DomainException.Validation("teamId", "Không tìm thấy đội tuyển.")
            : null;
        var entry = GiftedRules.NewEntry(input, team);
        if (await db.Entries.AnyAsync(e => e.ContestId == input.ContestId && e.PupilId == input.PupilId, cancellationToken))
        {
            throw OneSubjectPerContest();
        }

        db.Entries.Add(entry);
        await SaveAsync(null, "pupilId", cancellationToken);
        return entry;
    }

    /// <summary>
    /// Links a pupil by hand: consent on file first; the ID must hash to the pupil's hash, and the Registry must hold it
    /// on that person's own record (asked by hash, so the number does not cross). Nothing changes unless all hold.
    /// </summary>
    public async Task<Pupil> LinkAsync(Guid pupilId, Guid personId, string nationalId, CancellationToken cancellationToken)
    {
        var pupil = await db.Pupils.FindAsync([pupilId], cancellationToken) ?? throw DomainException.NotFound("Không tìm thấy học sinh.");
        GiftedRules.RequireConsent(pupil);
        var hash = hasher.Hash(nationalId);
        await registry.RequirePeopleAsync([personId], "personId", cancellationToken);
        var holders = await people.FindByNationalIdHashesAsync([hash], cancellationToken);
        if (!holders.TryGetValue(hash, out var holder) || holder != personId)
        {
            throw DomainException.Validation("nationalId", holders.ContainsKey(hash)
                ? "Số định danh này thuộc một hồ sơ trí thức khác trong cơ sở dữ liệu trí thức; không liên kết."
                : "Hồ sơ trí thức này không mang số định danh đã nhập (hoặc chưa ghi số định danh); hãy kiểm tra lại hoặc bổ sung số định danh vào hồ sơ trí thức trước.");
        }

        GiftedRules.Link(pupil, personId, hash);
        await db.SaveChangesAsync(cancellationToken);
        return pupil;
    }

    /// <summary>
    /// Links every former prize-winner who consented, is not linked yet and whose keyed hash the Registry finds on a
    /// person's record; returns the pupils linked (none when nothing matched). Asks the Registry by hash, in batches.
    /// </summary>
    public async Task<IReadOnlyList<Pupil>> MatchFormerPupilsAsync(CancellationToken cancellationToken)
    {
        if (!hasher.IsConfigured)
        {
            throw DomainException.Validation("nationalId", $"Hệ thống chưa được cấu hình khóa băm số định danh ({NationalIdHasher.Setting}); không thể đối chiếu với cơ sở dữ liệu trí thức. Hãy liên hệ quản trị.");
        }

        var awaiting = await db.Pupils
            .Where(p => p.FollowUpConsentOn != null && p.NationalIdHash != null && p.LinkedPersonId == null)
            .Where(p => db.Entries.Any(e => e.PupilId == p.Id && e.Prize != null))
            .OrderBy(p => p.Id)
            .ToListAsync(cancellationToken);
        var linked = new List<Pupil>();
        foreach (var batch in awaiting.Chunk(MatchBatch))
        {
            var holders = await people.FindByNationalIdHashesAsync(batch.Select(p => p.NationalIdHash!).ToList(), cancellationToken);
            foreach (var pupil in batch.Where(GiftedRules.AwaitsMatch))
            {
                if (holders.TryGetValue(pupil.NationalIdHash!, out var personId))
                {
                    GiftedRules.Link(pupil, personId, pupil.NationalIdHash!);
                    linked.Add(pupil);
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return linked;
    }

    public async Task<Pupil> WithdrawConsentAsync(Guid pupilId, CancellationToken cancellationToken)
    {
        var pupil = await db.Pupils.FindAsync([pupilId], cancellationToken) ?? throw DomainException.NotFound("Không tìm thấy học sinh.");
        GiftedRules.WithdrawConsent(pupil);
        await db.SaveChangesAsync(cancellationToken);
        return pupil;
    }

    public async Task<Contest> CorrectContestAsync(Guid id, ContestInput input, CancellationToken cancellationToken)
    {
        var contest = await db.Contests.FindAsync([id], cancellationToken) ?? throw DomainException.NotFound("Không tìm thấy kỳ thi.");
        GiftedRules.CorrectContest(contest, input, clock.Today);
        await db.SaveChangesAsync(cancellationToken);
        return contest;
    }

    public async Task<Guid> RemoveContestAsync(Guid id, CancellationToken cancellationToken)
    {
        var contest = await db.Contests.FindAsync([id], cancellationToken) ?? throw DomainException.NotFound("Không tìm thấy kỳ thi.");
        GiftedRules.RequireNothingRests($"Kỳ thi '{contest.Title}'",
            await db.Entries.CountAsync(e => e.ContestId == id, cancellationToken), await db.Teams.CountAsync(t => t.ContestId == id, cancellationToken));
        db.Contests.Remove(contest);
        await db.SaveChangesAsync(cancellationToken);
        return id;
    }

    public async Task<Team> CorrectTeamAsync(Guid id, TeamInput input, CancellationToken cancellationToken)
    {
        var team = await db.Teams.Include(t => t.Coaches).SingleOrDefaultAsync(t => t.Id == id, cancellationToken) ?? throw DomainException.NotFound("Không tìm thấy đội tuyển.");
        var added = GiftedRules.CorrectTeam(team, input, await db.Entries.CountAsync(e => e.TeamId == id, cancellationToken));
        db.Set<TeamCoach>().AddRange(added); // new rows: their ids are set already, so EF would otherwise take them for kept ones
        await registry.RequirePeopleAsync(input.CoachIds, "coachIds", cancellationToken);
        await SaveAsync("Kỳ thi này đã có đội tuyển môn này; hãy sửa đội đó.", "subject", cancellationToken);
        return team;
    }

    public async Task<Guid> RemoveTeamAsync(Guid id, CancellationToken cancellationToken)
    {
        var team = await db.Teams.Include(t => t.Coaches).SingleOrDefaultAsync(t => t.Id == id, cancellationToken) ?? throw DomainException.NotFound("Không tìm thấy đội tuyển.");
        GiftedRules.RequireNothingRests($"Đội tuyển môn '{team.Subject}'", await db.Entries.CountAsync(e => e.TeamId == id, cancellationToken));
        db.Teams.Remove(team);
        await db.SaveChangesAsync(cancellationToken);
        return id;
    }

    public async Task<Pupil> CorrectPupilAsync(Guid id, PupilInput input, CancellationToken cancellationToken)
    {
        var pupil = await db.Pupils.FindAsync([id], cancellationToken) ?? throw DomainException.NotFound("Không tìm thấy học sinh.");
        var hash = string.IsNullOrWhiteSpace(input.NationalId) ? null : hasher.Hash(input.NationalId);
        var school = pupil.SchoolUnitId;
        GiftedRules.CorrectPupil(pupil, input, hash, clock.Today);
        if (pupil.SchoolUnitId != school)
        {
            await RequireSchoolAsync(input.SchoolUnitId, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return pupil;
    }

    /// <summary>A pupil's record goes only once no result rests on it; the audit trail keeps what it held, as for every change.</summary>
    public async Task<Guid> RemovePupilAsync(Guid id, CancellationToken cancellationToken)
    {
        var pupil = await db.Pupils.FindAsync([id], cancellationToken) ?? throw DomainException.NotFound("Không tìm thấy học sinh.");
        GiftedRules.RequireNothingRests("Hồ sơ học sinh", await db.Entries.CountAsync(e => e.PupilId == id, cancellationToken));
        db.Pupils.Remove(pupil);
        await db.SaveChangesAsync(cancellationToken);
        return id;
    }

    public async Task<Entry> CorrectEntryAsync(Guid id, EntryInput input, CancellationToken cancellationToken)
    {
        var entry = await db.Entries.FindAsync([id], cancellationToken) ?? throw DomainException.NotFound("Không tìm thấy kết quả dự thi.");
        var team = input.TeamId is { } teamId
            ? await db.Teams.FindAsync([teamId], cancellationToken) ?? throw DomainException.Validation("teamId", "Không tìm thấy đội tuyển.")
            : null;
        GiftedRules.CorrectEntry(entry, input, team);
        await db.SaveChangesAsync(cancellationToken);
        return entry;
    }

    public async Task<Guid> RemoveEntryAsync(Guid id, CancellationToken cancellationToken)
    {
        var entry = await db.Entries.FindAsync([id], cancellationToken) ?? throw DomainException.NotFound("Không tìm thấy kết quả dự thi.");
        db.Entries.Remove(entry);
        await db.SaveChangesAsync(cancellationToken);
        return id;
    }

    public IQueryable<Contest> Contests(int? schoolYear) =>
        (schoolYear is { } year ? db.Contests.AsNoTracking().Where(c => c.SchoolYear == year) : db.Contests.AsNoTracking())
            .OrderByDescending(c => c.HeldOn).ThenBy(c => c.Id);

    /// <summary>A contest's entries, highest prize first (the prize is stored by name, so its order is spelled out), then those without one.</summary>
    public IQueryable<Entry> Entries(Guid contestId) =>
        db.Entries.AsNoTracking().Where(e => e.ContestId == contestId).OrderBy(e => e.Prize == Prize.First ? 0 : e.Prize == Prize.Second ? 1 : e.Prize == Prize.Third ? 2 : e.Prize == Prize.Consolation ? 3 : 4).ThenBy(e => e.Id);

    private async Task RequireSchoolAsync(Guid unitId, CancellationToken cancellationToken)
    {
        var school = await registry.RequireOpenUnitAsync(unitId, clock.Today, "schoolUnitId", cancellationToken);
        if (!SchoolRules.IsSchool(school.Kind))
        {
            throw DomainException.Validation("schoolUnitId", $"Đơn vị '{school.Name}' không phải trường học.");
        }
    }

    private async Task RequireContestAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await db.Contests.AnyAsync(c => c.Id == id, cancellationToken))
        {
            throw DomainException.Validation("contestId", "Không tìm thấy kỳ thi.");
        }
    }

    private async Task SaveAsync(string? conflict, string field, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException error) when (UniqueViolation.Is(error))
        {
            throw conflict is null ? OneSubjectPerContest() : DomainException.Conflict(conflict, field);
        }
    }

    private static DomainException OneSubjectPerContest() =>
        DomainException.Conflict("Học sinh đã dự thi một môn trong kỳ thi này; mỗi học sinh chỉ dự thi một môn trong một kỳ thi.", "pupilId");
}
