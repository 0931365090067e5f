using TriThuc.Modules.Registry.Contracts;

using TriThuc.Modules.Talent.Policies;

namespace TriThuc.Modules.Talent.Cases;

/// <summary>
/// One person's application under an attraction policy, judged by the policy's version in force on the application
/// day, and taken through its states by dated decisions (<see cref="CaseDecision"/>). The applicant is not yet on the
/// Registry: the case keeps what eligibility needs, and names the Registry person from recruitment on.
/// </summary>
public sealed class AttractionCase : Entity
{
    public Guid PolicyId { get; set; }

    /// <summary>The policy version in force on <see cref="AppliedOn"/>, by which the case is judged throughout.</summary>
    public Guid? VersionId { get; set; }

    public string ApplicantName { get; set; } = "";

    [PersonalData]
    public DateOnly BirthDate { get; set; }

    public DegreeLevel Degree { get; set; }

    public string FieldCode { get; set; } = "";

    /// <summary>The unit the applicant would work in, the Registry's.</summary>
    public Guid TargetUnitId { get; set; }

    public DateOnly AppliedOn { get; set; }

    public CaseStatus Status { get; set; }

    /// <summary>The criteria failed at assessment, comma-separated; empty when eligible or not yet assessed.</summary>
    public string FailedCriteria { get; set; } = "";

    /// <summary>The Registry person recruited, from <see cref="CaseStatus.Recruited"/> on.</summary>
    [DataSubject]
    public Guid? PersonId { get; set; }

    /// <summary>The unit of the post recruited to.</summary>
    public Guid? PostUnitId { get; set; }

    /// <summary>The one-off support granted by the approval decision, in đồng, from the version and the base salary that day.</summary>
    [PersonalData]
    public long? OneOffAmount { get; set; }

    public DateOnly? CommitmentStartsOn { get; set; }

    /// <summary>The last day of the commitment, from its start and the version's years.</summary>
    public DateOnly? CommitmentEndsOn { get; set; }

    /// <summary>The day the commitment was completed or broken.</summary>
    public DateOnly? EndedOn { get; set; }

    /// <summary>Why the commitment was broken: about a person's life, so personal data.</summary>
    [PersonalData]
    public string? BrokenReason { get; set; }

    [PersonalData]
    public long? RefundAmount { get; set; }

    public List<CaseDecision> Decisions { get; set; } = [];

    public IReadOnlyList<EligibilityCriterion> Failed =>
        FailedCriteria.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<EligibilityCriterion>).ToList();
}
