namespace TriThuc.SharedKernel.Councils;

/// <summary>A Registry person who would sit on a council, with the unit the Registry places them in.</summary>
public sealed record CouncilCandidate(Guid PersonId, Guid? UnitId);
