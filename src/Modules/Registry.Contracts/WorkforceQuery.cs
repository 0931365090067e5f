namespace TriThuc.Modules.Registry.Contracts;

/// <summary>
/// What to count: those on the register on <paramref name="On"/> (not merged away, not yet retired or moved away that
/// day); a person is young when their full years of age that day are under <paramref name="YoungUnderAge"/>.
/// </summary>
public sealed record WorkforceQuery(DateOnly On, int YoungUnderAge = 35);
