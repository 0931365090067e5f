using TriThuc.Modules.Registry.Contracts;

using TriThuc.Modules.Talent.Policies;

namespace TriThuc.Modules.Talent.Cases;

public sealed class ApplicantInput
{
    public Guid PolicyId { get; init; }

    public string ApplicantName { get; init; } = "";

    public DateOnly BirthDate { get; init; }

    public DegreeLevel Degree { get; init; }

    public string FieldCode { get; init; } = "";

    public Guid TargetUnitId { get; init; }

    public DateOnly AppliedOn { get; init; }
}
