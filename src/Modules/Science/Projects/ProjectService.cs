using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.Science.Councils;
using TriThuc.Modules.Science.Data;

namespace TriThuc.Modules.Science.Projects;

/// <summary>
/// Proposes projects and walks them through their life. Every move is checked against
/// <see cref="ProjectLifecycle"/>, recorded as a <see cref="ProjectTransition"/> and saved with the
/// project in one SaveChanges, so a refused move leaves nothing behind. Each move checks and writes under the
/// project's lock (<see cref="ProjectLock"/>), so two moves sent together cannot both pass the check.
/// </summary>
public sealed class ProjectService(ScienceDbContext db, RegistryReferences registry, CouncilService councils, IClock clock, ICurrentUser user)
{
    public const int MaxCodeLength = 30;
    public const int MaxTitleLength = 500;
    public const int MaxTextLength = 1000;

    public async Task<ScienceProject> ProposeAsync(ProjectInput input, CancellationToken cancellationToken)
    {
        var code = Codes.Require(input.Code, MaxCodeLength, "code", "Mã đề tài");

        var title = input.Title.Trim();
        if (title.Length is < 5 or > MaxTitleLength)
        {
            throw DomainException.Validation("title", $"Tên đề tài phải có từ 5 đến {MaxTitleLength} ký tự.");
        }

        var fieldCode = Codes.Require(input.FieldCode, 40, "fieldCode", "Mã lĩnh vực");

        if (input.StateBudget < 0 || input.OtherBudget < 0)
        {
            throw DomainException.Validation(input.StateBudget < 0 ? "stateBudget" : "otherBudget", "Kinh phí không được âm.");
        }

        Require.AtMostMax(input.StateBudget, "stateBudget");
        Require.AtMostMax(input.OtherBudget, "otherBudget");

        if (input.PlannedEnd < input.PlannedStart)
        {
            throw DomainException.Validation("plannedEnd", $"Ngày kết thúc dự kiến ({input.PlannedEnd:dd/MM/yyyy}) phải sau ngày bắt đầu ({input.PlannedStart:dd/MM/yyyy}).");
        }

        var proposedOn = input.ProposedOn ?? clock.Today;
        Require.NotAfter(proposedOn, clock.Today, "proposedOn");

        var memberIds = (input.MemberIds ?? []).Distinct().ToList();
        if (memberIds.Contains(input.LeadId))
        {
            throw DomainException.Validation("memberIds", "Chủ nhiệm đề tài không cần ghi lại trong danh sách thành viên.");
        }

        await registry.RequirePeopleAsync([input.LeadId], "leadId", cancellationToken);
        await registry.RequirePeopleAsync(memberIds, "memberIds", cancellationToken);
        await registry.RequireOpenUnitAsync(input.HostUnitId, proposedOn, "hostUnitId", cancellationToken);

        if (await db.Projects.AnyAsync(p => p.Code == code, cancellationToken))
        {
            throw DomainException.Conflict($"Đã có đề tài mang mã '{code}'.", "code");
        }

        var project = new ScienceProject
        {
            Code = code,
            Title = title,
            Level = input.Level,
            FieldCode = fieldCode,
            LeadId = input.LeadId,
            HostUnitId = input.HostUnitId,
            StateBudget = input.StateBudget,
            OtherBudget = input.OtherBudget,
            PlannedStart = input.PlannedStart,
            PlannedEnd = input.PlannedEnd,
            Status = ProjectStatus.Proposed,
            StatusSince = proposedOn,
        };
        project.Members.AddRange(memberIds.Select(id => new ProjectMember { ProjectId = project.Id, IntellectualId = id }));
        db.Projects.Add(project);
        db.ProjectTransitions.Add(Record(project, null, ProjectStatus.Proposed, proposedOn, null));
        await db.SaveChangesAsync(cancellationToken);
        return project;
    }

    public Task<ScienceProject> SubmitForAppraisalAsync(Guid id, DateOnly? on, string? reason, CancellationToken cancellationToken) =>
        MoveAsync(id, ProjectStatus.UnderAppraisal, on, reason, cancellationToken);

    /// <summary>Approval follows the appraisal council: it needs one whose verdict is pass.</summary>
    public Task<ScienceProject> ApproveAsync(Guid id, DateOnly? on, string? reason, CancellationToken cancellationToken) =>
        MoveAsync(id, ProjectStatus.Approved, on, reason, cancellationToken,
            check: project => RequireVerdictAsync(project, CouncilKind.Appraisal, on, cancellationToken));

    public Task<ScienceProject> RejectAsync(Guid id, DateOnly? on, string? reason, CancellationToken cancellationToken)
    {
        RequireReason(reason);
        return MoveAsync(id, ProjectStatus.Rejected, on, reason, cancellationToken,
            check: project => RefuseAgainstPassingCouncilAsync(project.Id, CouncilKind.Appraisal, cancellationToken));
    }

    public Task<ScienceProject> StartAsync(Guid id, DateOnly? on, string? reason, CancellationToken cancellationToken) =>
        MoveAsync(id, ProjectStatus.InProgress, on, reason, cancellationToken);

    public Task<ScienceProject> SubmitForAcceptanceAsync(Guid id, DateOnly? on, string? reason, CancellationToken cancellationToken) =>
        MoveAsync(id, ProjectStatus.UnderAcceptance, on, reason, cancellationToken);

    /// <summary>Acceptance follows the acceptance council: it needs one whose verdict is pass; the grade is the department's.</summary>
    public Task<ScienceProject> AcceptAsync(Guid id, AcceptanceGrade grade, DateOnly? on, string? reason, CancellationToken cancellationToken) =>
        MoveAsync(id, ProjectStatus.Accepted, on, reason, cancellationToken, project => project.Grade = grade,
            check: project => RequireVerdictAsync(project, CouncilKind.Acceptance, on, cancellationToken));

    public Task<ScienceProject> FailAsync(Guid id, DateOnly? on, string? reason, CancellationToken cancellationToken)
    {
        RequireReason(reason);
        return MoveAsync(id, ProjectStatus.Failed, on, reason, cancellationToken,
            check: project => RefuseAgainstPassingCouncilAsync(project.Id, CouncilKind.Acceptance, cancellationToken));
    }

    public Task<ScienceProject> RecordApplicationAsync(Guid id, ProjectApplicationInput input, CancellationToken cancellationToken)
    {
        var place = Require.Text(input.Place, MaxTextLength, "place", "Nơi ứng dụng");
        var scale = Require.Text(input.Scale, MaxTextLength, "scale", "Quy mô ứng dụng");
        var effect = Require.Text(input.Effect, MaxTextLength, "effect", "Hiệu quả");
        return MoveAsync(id, ProjectStatus.AppliedInPractice, input.On, input.Reason, cancellationToken, project =>
            project.Application = new ProjectApplication { Place = place, Scale = scale, Effect = effect, AppliedOn = project.StatusSince });
    }

    private Task<ScienceProject> MoveAsync(
        Guid id, ProjectStatus to, DateOnly? on, string? reason, CancellationToken cancellationToken,
        Action<ScienceProject>? apply = null, Func<ScienceProject, Task>? check = null) =>
        db.SerializedAsync(ProjectLock.For(id), () => MoveUnderLockAsync(id, to, on, reason, apply, check, cancellationToken), cancellationToken);

    private async Task<ScienceProject> MoveUnderLockAsync(
        Guid id, ProjectStatus to, DateOnly? on, string? reason, Action<ScienceProject>? apply, Func<ScienceProject, Task>? check, CancellationToken cancellationToken)
    {
        var project = await db.Projects.Include(p => p.Members).FirstOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw DomainException.NotFound("Không tìm thấy đề tài.");
        ProjectLifecycle.RequireAllowed(project.Status, to);
        if (check is not null)
        {
            await check(project);
        }

        var day = on ?? clock.Today;
        Require.NotAfter(day, clock.Today, "on");
        if (day < project.StatusSince)
        {
            throw DomainException.Validation("on", $"Ngày chuyển trạng thái ({day:dd/MM/yyyy}) không được trước lần chuyển trước ({project.StatusSince:dd/MM/yyyy}).");
        }

        var trimmedReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (trimmedReason?.Length > MaxTextLength)
        {
            throw DomainException.Validation("reason", $"Lý do dài quá {MaxTextLength} ký tự.");
        }

        db.ProjectTransitions.Add(Record(project, project.Status, to, day, trimmedReason));
        project.Status = to;
        project.StatusSince = day;
        apply?.Invoke(project);
        await db.SaveChangesAsync(cancellationToken);
        return project;
    }

    private ProjectTransition Record(ScienceProject project, ProjectStatus? from, ProjectStatus to, DateOnly on, string? reason) => new()
    {
        ProjectId = project.Id,
        From = from,
        To = to,
        On = on,
        ChangedBy = user.Id,
        RecordedAt = clock.Now,
        Reason = reason,
    };

    /// <summary>
    /// The council of that kind must have passed the project, with no seat held by the project's lead or members
    /// (a Registry merge can seat one there), and the decision may not predate the council.
    /// </summary>
    private async Task RequireVerdictAsync(ScienceProject project, CouncilKind kind, DateOnly? on, CancellationToken cancellationToken)
    {
        var council = await councils.FindAsync(project.Id, kind, cancellationToken);
        var verdict = council?.Verdict;
        if (verdict != CouncilVerdict.Pass)
        {
            var state = verdict is null ? "chưa được thành lập" : verdict == CouncilVerdict.Pending ? "chưa có kết luận" : "kết luận không đạt";
            throw DomainException.Conflict($"{CouncilService.KindName(kind)} của đề tài {state}; chỉ chuyển tiếp khi hội đồng kết luận đạt.", "council");
        }

        var participants = project.Participants.ToHashSet();
        if (council!.Members.Any(m => m.IntellectualId is { } seated && participants.Contains(seated)))
        {
            throw DomainException.Conflict(
                $"{CouncilService.KindName(kind)} có thành viên là chủ nhiệm hoặc thành viên của chính đề tài (do gộp hồ sơ trí thức) nên không đủ điều kiện làm căn cứ phê duyệt hoặc nghiệm thu.",
                "council");
        }

        var day = on ?? clock.Today;
        if (day < council.FormedOn)
        {
            throw DomainException.Validation("on", $"Ngày quyết định ({day:dd/MM/yyyy}) không được trước ngày thành lập hội đồng ({council.FormedOn:dd/MM/yyyy}).");
        }
    }

    private async Task RefuseAgainstPassingCouncilAsync(Guid projectId, CouncilKind kind, CancellationToken cancellationToken)
    {
        if (await councils.VerdictAsync(projectId, kind, cancellationToken) == CouncilVerdict.Pass)
        {
            throw DomainException.Conflict($"{CouncilService.KindName(kind)} đã kết luận đạt; không thể ghi nhận kết quả ngược với kết luận của hội đồng.", "council");
        }
    }

    private static void RequireReason(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw DomainException.Validation("reason", "Cần nêu lý do khi không phê duyệt hoặc nghiệm thu không đạt.");
        }
    }
}
