namespace TriThuc.Modules.Talent.Plans;

/// <summary>A case's recruitment: who, to which unit, in which field, under which policy, and the day of the decision.</summary>
public sealed record Recruitment(Guid CaseId, Guid PersonId, Guid UnitId, string FieldCode, Guid PolicyId, DateOnly RecruitedOn);
