using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.Science.Data;
using TriThuc.Modules.Science.Projects;

namespace TriThuc.Modules.Science.Councils;

/// <summary>
/// Forms councils, seats their members and records scores. A council works while its project is under
/// the matching review (appraisal or acceptance); once the project moves on, the council is closed. Every change
/// checks and writes under its project's lock (<see cref="ProjectLock"/>), so it never interleaves with a move.
/// </summary>
public sealed class CouncilService(ScienceDbContext db, RegistryReferences registry, IClock clock)
{
    public const int MaxNameLength = 300;

    public Task<Council> FormAsync(CouncilInput input, CancellationToken cancellationToken) =>
        db.SerializedAsync(ProjectLock.For(input.ProjectId), () => FormUnderLockAsync(input, cancellationToken), cancellationToken);

    /// <summary>Seats a Registry person or an external expert, refusing anyone who leads or works on the project.</summary>
    public async Task<Council> SeatAsync(Guid councilId, CouncilMemberInput input, CancellationToken cancellationToken) =>
        await db.SerializedAsync(ProjectLock.For(await ProjectOfAsync(councilId, cancellationToken)), () => SeatUnderLockAsync(councilId, input, cancellationToken), cancellationToken);

    /// <summary>Records the score of one seated member; a seat of another council is not theirs to score.</summary>
    public async Task<Council> ScoreAsync(Guid councilId, Guid memberId, int score, CancellationToken cancellationToken) =>
        await db.SerializedAsync(ProjectLock.For(await ProjectOfAsync(councilId, cancellationToken)), () => ScoreUnderLockAsync(councilId, memberId, score, cancellationToken), cancellationToken);

    private async Task<Council> FormUnderLockAsync(CouncilInput input, CancellationToken cancellationToken)
    {
        var project = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == input.ProjectId, cancellationToken)
            ?? throw DomainException.Validation("projectId", "Không tìm thấy đề tài.");
        RequireUnderReview(project, input.Kind);

        var name = input.Name.Trim();
        if (name.Length is 0 or > MaxNameLength)
        {
            throw DomainException.Validation("name", $"Tên hội đồng phải có từ 1 đến {MaxNameLength} ký tự.");
        }

        var formedOn = input.FormedOn ?? clock.Today;
        if (formedOn < project.StatusSince || formedOn > clock.Today)
        {
            throw DomainException.Validation("formedOn", $"Ngày thành lập phải từ {project.StatusSince:dd/MM/yyyy} đến hôm nay.");
        }

        if (await db.Councils.AnyAsync(c => c.ProjectId == project.Id && c.Kind == input.Kind, cancellationToken))
        {
            throw DomainException.Conflict($"Đề tài '{project.Code}' đã có {KindName(input.Kind).ToLowerInvariant()}.", "kind");
        }

        var council = new Council { ProjectId = project.Id, Kind = input.Kind, Name = name, FormedOn = formedOn };
        db.Councils.Add(council);
        await db.SaveChangesAsync(cancellationToken);
        return council;
    }

    private async Task<Council> SeatUnderLockAsync(Guid councilId, CouncilMemberInput input, CancellationToken cancellationToken)
    {
        var (council, project) = await OpenCouncilAsync(councilId, cancellationToken);
        var member = new CouncilMember { CouncilId = council.Id, Role = input.Role };
        if (input.IntellectualId is { } personId)
        {
            if (!string.IsNullOrWhiteSpace(input.ExpertName) || !string.IsNullOrWhiteSpace(input.ExpertOrganisation))
            {
                throw DomainException.Validation("intellectualId", "Chọn hoặc một trí thức trong cơ sở dữ liệu, hoặc nhập chuyên gia bên ngoài, không cả hai.");
            }

            await registry.RequirePeopleAsync([personId], "intellectualId", cancellationToken);
            if (project.Participants.Contains(personId))
            {
                throw DomainException.Conflict("Người này là chủ nhiệm hoặc thành viên đề tài nên không thể ngồi hội đồng của đề tài.", "intellectualId");
            }

            if (council.Members.Any(m => m.IntellectualId == personId))
            {
                throw DomainException.Conflict("Người này đã là thành viên hội đồng.", "intellectualId");
            }

            member.IntellectualId = personId;
        }
        else
        {
            var expert = input.ExpertName?.Trim() ?? "";
            var organisation = input.ExpertOrganisation?.Trim() ?? "";
            if (expert.Length is < 2 or > 200)
            {
                throw DomainException.Validation("expertName", "Cần chọn một trí thức, hoặc nhập họ tên chuyên gia bên ngoài (2–200 ký tự).");
            }

            expert = Names.Person(expert, 2, 200, "expertName", "Họ tên chuyên gia");

            if (organisation.Length is 0 or > MaxNameLength)
            {
                throw DomainException.Validation("expertOrganisation", $"Cần nhập cơ quan công tác của chuyên gia (tối đa {MaxNameLength} ký tự).");
            }

            var key = (VietnameseText.Fold(expert), VietnameseText.Fold(organisation));
            if (council.Members.Any(m => m.ExpertName is not null && (VietnameseText.Fold(m.ExpertName), VietnameseText.Fold(m.ExpertOrganisation)) == key))
            {
                throw DomainException.Conflict($"Chuyên gia '{expert}' ({organisation}) đã là thành viên hội đồng.", "expertName");
            }

            member.ExpertName = expert;
            member.ExpertOrganisation = organisation;
        }

        if (input.Role is CouncilRole.Chair or CouncilRole.Secretary && council.Members.Any(m => m.Role == input.Role))
        {
            throw DomainException.Conflict($"Hội đồng đã có {(input.Role == CouncilRole.Chair ? "chủ tịch" : "thư ký")}.", "role");
        }

        // Added explicitly: a new seat with its id already set would otherwise be taken for an existing row.
        db.CouncilMembers.Add(member);
        await db.SaveChangesAsync(cancellationToken);
        return council;
    }

    private async Task<Council> ScoreUnderLockAsync(Guid councilId, Guid memberId, int score, CancellationToken cancellationToken)
    {
        var (council, _) = await OpenCouncilAsync(councilId, cancellationToken);
        var member = council.Members.FirstOrDefault(m => m.Id == memberId)
            ?? throw DomainException.Validation("memberId", "Người chấm điểm không phải là thành viên của hội đồng này.");
        if (score is < CouncilVerdictRule.MinScore or > CouncilVerdictRule.MaxScore)
        {
            throw DomainException.Validation("score", $"Điểm phải từ {CouncilVerdictRule.MinScore} đến {CouncilVerdictRule.MaxScore}; đã nhập {score}.");
        }

        member.Score = score;
        await db.SaveChangesAsync(cancellationToken);
        return council;
    }

    /// <summary>The verdict of the project's council of that kind, or null when none was formed.</summary>
    public async Task<CouncilVerdict?> VerdictAsync(Guid projectId, CouncilKind kind, CancellationToken cancellationToken) =>
        (await FindAsync(projectId, kind, cancellationToken))?.Verdict;

    /// <summary>The project's council of that kind with its seats, or null when none was formed.</summary>
    public Task<Council?> FindAsync(Guid projectId, CouncilKind kind, CancellationToken cancellationToken) =>
        db.Councils.AsNoTracking().Include(c => c.Members).FirstOrDefaultAsync(c => c.ProjectId == projectId && c.Kind == kind, cancellationToken);

    public IQueryable<Council> Query(CouncilFilter? filter, CouncilOrder order = CouncilOrder.FormedOnAscending)
    {
        var query = db.Councils.AsNoTracking().Include(c => c.Members).AsQueryable();
        if (filter?.ProjectId is { } projectId)
        {
            query = query.Where(c => c.ProjectId == projectId);
        }

        if (filter?.Kind is { } kind)
        {
            query = query.Where(c => c.Kind == kind);
        }

        if (filter?.IntellectualId is { } personId)
        {
            query = query.Where(c => c.Members.Any(m => m.IntellectualId == personId));
        }

        return order == CouncilOrder.FormedOnDescending
            ? query.OrderByDescending(c => c.FormedOn).ThenBy(c => c.Id)
            : query.OrderBy(c => c.FormedOn).ThenBy(c => c.Id);
    }

    private async Task<Guid> ProjectOfAsync(Guid councilId, CancellationToken cancellationToken) =>
        await db.Councils.AsNoTracking().Where(c => c.Id == councilId).Select(c => (Guid?)c.ProjectId).FirstOrDefaultAsync(cancellationToken)
            ?? throw DomainException.NotFound("Không tìm thấy hội đồng.");

    private async Task<(Council Council, ScienceProject Project)> OpenCouncilAsync(Guid councilId, CancellationToken cancellationToken)
    {
        var council = await db.Councils.Include(c => c.Members).FirstOrDefaultAsync(c => c.Id == councilId, cancellationToken)
            ?? throw DomainException.NotFound("Không tìm thấy hội đồng.");
        var project = await db.Projects.AsNoTracking().Include(p => p.Members).FirstAsync(p => p.Id == council.ProjectId, cancellationToken);
        RequireUnderReview(project, council.Kind);
        return (council, project);
    }

    private static void RequireUnderReview(ScienceProject project, CouncilKind kind)
    {
        var needed = kind == CouncilKind.Appraisal ? ProjectStatus.UnderAppraisal : ProjectStatus.UnderAcceptance;
        if (project.Status != needed)
        {
            throw DomainException.Conflict(
                $"{KindName(kind)} chỉ làm việc khi đề tài '{project.Code}' ở trạng thái '{ProjectNames.Of(needed)}' (hiện tại: '{ProjectNames.Of(project.Status)}').",
                "status");
        }
    }

    /// <summary>"Hội đồng thẩm định" or "Hội đồng nghiệm thu", to start a sentence.</summary>
    public static string KindName(CouncilKind kind) => kind == CouncilKind.Appraisal ? "Hội đồng thẩm định" : "Hội đồng nghiệm thu";
}
