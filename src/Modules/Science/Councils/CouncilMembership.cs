namespace TriThuc.Modules.Science.Councils;

/// <summary>A Registry person's seat on a council, as seen from the person.</summary>
public sealed record CouncilMembership(Guid PersonId, Council Council, CouncilMember Seat);
