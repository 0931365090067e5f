using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.Talent.Data;
using TriThuc.Modules.Talent.Parameters;
using TriThuc.Modules.Talent.Policies;

namespace TriThuc.Modules.Talent.Cases;

/// <summary>Takes attraction cases through their states by dated decisions; what the GraphQL fields call.</summary>
public sealed class CaseService(TalentDbContext db, RegistryReferences registry, IUnitDirectory units, LegalParameterService parameters, IClock clock)
{
    public const int MaxReasonLength = 1000;

    public async Task<AttractionCase> ApplyAsync(ApplicantInput input, CancellationToken cancellationToken)
    {
        var policy = await db.Policies.AsNoTracking().Include(p => p.Versions).FirstOrDefaultAsync(p => p.Id == input.PolicyId, cancellationToken)
            ?? throw DomainException.Validation("policyId", "Không tìm thấy chính sách thu hút.");
        var attractionCase = ApplicationRules.New(input, policy, clock.Today);
        await registry.RequireOpenUnitAsync(input.TargetUnitId, input.AppliedOn, "targetUnitId", cancellationToken);
        db.Cases.Add(attractionCase);
        await db.SaveChangesAsync(cancellationToken);
        return attractionCase;
    }

    /// <summary>Eligible or ineligible by the version in force on the application day, each failed criterion named.</summary>
    public async Task<AttractionCase> AssessAsync(Guid id, DecisionInput decision, CancellationToken cancellationToken)
    {
        var (attractionCase, version) = await LoadAsync(id, cancellationToken);
        var area = (await units.ClassificationsOnAsync([attractionCase.TargetUnitId], attractionCase.AppliedOn, cancellationToken)).GetValueOrDefault(attractionCase.TargetUnitId);
        var failed = EligibilityRules.Failed(version, attractionCase.Degree, attractionCase.FieldCode, attractionCase.BirthDate, attractionCase.AppliedOn, area);
        db.CaseDecisions.Add(CaseTransitions.Move(attractionCase, failed.Count == 0 ? CaseStatus.Eligible : CaseStatus.Ineligible, decision, clock.Today));
        attractionCase.FailedCriteria = string.Join(',', failed);
        await db.SaveChangesAsync(cancellationToken);
        return attractionCase;
    }

    /// <summary>The attraction decision; the one-off support is set from the version and the base salary on its day.</summary>
    public async Task<AttractionCase> ApproveAsync(Guid id, DecisionInput decision, CancellationToken cancellationToken)
    {
        var (attractionCase, version) = await LoadAsync(id, cancellationToken);
        db.CaseDecisions.Add(CaseTransitions.Move(attractionCase, CaseStatus.Approved, decision, clock.Today));
        attractionCase.OneOffAmount = BenefitRules.OneOff(version!, await parameters.AllAsync(cancellationToken), decision.DecidedOn);
        await db.SaveChangesAsync(cancellationToken);
        return attractionCase;
    }

    public async Task<AttractionCase> RecruitAsync(Guid id, Guid personId, Guid postUnitId, DecisionInput decision, CancellationToken cancellationToken)
    {
        var (attractionCase, version) = await LoadAsync(id, cancellationToken);
        db.CaseDecisions.Add(CaseTransitions.Move(attractionCase, CaseStatus.Recruited, decision, clock.Today));
        await registry.RequirePeopleAsync([personId], "personId", cancellationToken);
        await registry.RequireOpenUnitAsync(postUnitId, decision.DecidedOn, "postUnitId", cancellationToken);
        attractionCase.PersonId = personId;
        attractionCase.PostUnitId = postUnitId;
        await SetCommitmentAsync(attractionCase, version!, decision.DecidedOn, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return attractionCase;
    }

    public async Task<AttractionCase> StartCommitmentAsync(Guid id, DecisionInput decision, CancellationToken cancellationToken)
    {
        var (attractionCase, version) = await LoadAsync(id, cancellationToken);
        db.CaseDecisions.Add(CaseTransitions.Move(attractionCase, CaseStatus.InCommitment, decision, clock.Today));
        await SetCommitmentAsync(attractionCase, version!, decision.DecidedOn, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return attractionCase;
    }

    public async Task<AttractionCase> CompleteAsync(Guid id, DecisionInput decision, CancellationToken cancellationToken)
    {
        var (attractionCase, _) = await LoadAsync(id, cancellationToken);
        if (attractionCase.CommitmentEndsOn is { } end && decision.DecidedOn < end)
        {
            throw DomainException.Validation("decision.decidedOn", $"Thời gian cam kết kéo dài đến hết ngày {end:dd/MM/yyyy}; chưa thể công nhận hoàn thành.");
        }

        db.CaseDecisions.Add(CaseTransitions.Move(attractionCase, CaseStatus.Completed, decision, clock.Today));
        attractionCase.EndedOn = attractionCase.CommitmentEndsOn;
        await db.SaveChangesAsync(cancellationToken);
        return attractionCase;
    }

    /// <summary>The commitment broken on <paramref name="brokenOn"/>; the refund follows the version's rule, pro rata to the time left.</summary>
    public async Task<AttractionCase> BreakAsync(Guid id, DecisionInput decision, DateOnly brokenOn, string reason, CancellationToken cancellationToken)
    {
        var (attractionCase, version) = await LoadAsync(id, cancellationToken);
        var why = Require.Text(reason, MaxReasonLength, "reason", "Lý do");
        db.CaseDecisions.Add(CaseTransitions.Move(attractionCase, CaseStatus.Broken, decision, clock.Today));
        if (brokenOn < attractionCase.CommitmentStartsOn || brokenOn > attractionCase.CommitmentEndsOn || brokenOn > decision.DecidedOn)
        {
            throw DomainException.Validation("brokenOn",
                $"Ngày chấm dứt cam kết phải trong thời gian cam kết ({attractionCase.CommitmentStartsOn:dd/MM/yyyy}–{attractionCase.CommitmentEndsOn:dd/MM/yyyy}) và không sau ngày quyết định.");
        }

        attractionCase.EndedOn = brokenOn;
        attractionCase.BrokenReason = why;
        attractionCase.RefundAmount = RefundRules.Refund(
            version!.RefundRule, attractionCase.OneOffAmount ?? 0, attractionCase.CommitmentStartsOn!.Value, attractionCase.CommitmentEndsOn!.Value, brokenOn);
        await db.SaveChangesAsync(cancellationToken);
        return attractionCase;
    }

    /// <summary>The case's monthly allowance for a month (<see cref="BenefitRules.Monthly"/>), from its version and the dated base salary.</summary>
    public async Task<long?> MonthlyAllowanceAsync(AttractionCase attractionCase, DateOnly month, CancellationToken cancellationToken)
    {
        var version = attractionCase.VersionId is { } versionId ? await db.PolicyVersions.AsNoTracking().FirstOrDefaultAsync(v => v.Id == versionId, cancellationToken) : null;
        return BenefitRules.Monthly(version, await parameters.AllAsync(cancellationToken), attractionCase.CommitmentStartsOn,
            attractionCase.EndedOn ?? attractionCase.CommitmentEndsOn, month);
    }

    public async Task<AttractionCase> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Cases.AsNoTracking().Include(c => c.Decisions).FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
        ?? throw DomainException.NotFound("Không tìm thấy hồ sơ thu hút.");

    /// <summary>The latest application first, then id, so that pages never skip or repeat a row.</summary>
    public IQueryable<AttractionCase> Query(CaseFilter? filter)
    {
        var query = db.Cases.AsNoTracking().Include(c => c.Decisions).AsQueryable();
        if (filter?.Status is { } status)
        {
            query = query.Where(c => c.Status == status);
        }

        if (filter?.PolicyId is { } policy)
        {
            query = query.Where(c => c.PolicyId == policy);
        }

        if (filter?.PersonId is { } person)
        {
            query = query.Where(c => c.PersonId == person);
        }

        return query.OrderByDescending(c => c.AppliedOn).ThenBy(c => c.Id);
    }

    /// <summary>The commitment from <paramref name="startsOn"/> for the version's years, refused when it shares a month with a benefit of an excluding policy.</summary>
    private async Task SetCommitmentAsync(AttractionCase attractionCase, PolicyVersion version, DateOnly startsOn, CancellationToken cancellationToken)
    {
        attractionCase.CommitmentStartsOn = startsOn;
        attractionCase.CommitmentEndsOn = BenefitRules.CommitmentEnd(startsOn, version.CommitmentYears);
        var policy = await db.Policies.AsNoTracking().FirstAsync(p => p.Id == attractionCase.PolicyId, cancellationToken);
        if (policy.ExclusionGroup is not { } group)
        {
            return;
        }

        var excluding = await db.Policies.AsNoTracking().Where(p => p.ExclusionGroup == group).ToDictionaryAsync(p => p.Id, p => p.Title, cancellationToken);
        var ids = excluding.Keys.ToList();
        var others = await db.Cases.AsNoTracking()
            .Where(c => c.PersonId == attractionCase.PersonId && c.Id != attractionCase.Id && ids.Contains(c.PolicyId) && c.CommitmentStartsOn != null)
            .ToListAsync(cancellationToken);
        ExclusiveBenefitRules.Refuse(
            new ExclusiveBenefitRules.Period(attractionCase.Id, policy.Title, startsOn, attractionCase.CommitmentEndsOn.Value),
            others.Select(c => new ExclusiveBenefitRules.Period(c.Id, excluding[c.PolicyId], c.CommitmentStartsOn!.Value, c.EndedOn ?? c.CommitmentEndsOn!.Value)));
    }

    private async Task<(AttractionCase Case, PolicyVersion? Version)> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var attractionCase = await db.Cases.Include(c => c.Decisions).FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw DomainException.NotFound("Không tìm thấy hồ sơ thu hút.");
        var version = attractionCase.VersionId is { } versionId ? await db.PolicyVersions.AsNoTracking().FirstAsync(v => v.Id == versionId, cancellationToken) : null;
        return (attractionCase, version);
    }
}
