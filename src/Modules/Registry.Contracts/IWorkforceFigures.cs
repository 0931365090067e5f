namespace TriThuc.Modules.Registry.Contracts;

/// <summary>
/// The Registry's head counts for plans and indicators of other modules: aggregated by unit and field in the Registry,
/// so that no birth date, ethnicity or degree of a named person leaves it. Each call is one pass over the register,
/// whatever the number of units.
/// </summary>
public interface IWorkforceFigures
{
    /// <summary>The register on <see cref="WorkforceQuery.On"/> counted by the unit each person is placed in and their field.</summary>
    Task<IReadOnlyList<WorkforceCount>> CountAsync(WorkforceQuery query, CancellationToken cancellationToken);

    /// <summary>Of <paramref name="ids"/>, those on the register on <paramref name="day"/> who hold a public-sector post in the province.</summary>
    Task<IReadOnlySet<Guid>> InPublicSectorAsync(IReadOnlyCollection<Guid> ids, DateOnly day, CancellationToken cancellationToken);
}
