using TriThuc.Modules.University.Data;

namespace TriThuc.Modules.University.Lecturers;

/// <summary>Per request, one query for the workloads of a page of people, and one for the qualifying outputs of a page of workloads.</summary>
public sealed class LecturerWorkloadLoaders(UniversityDbContext db)
{
    public BatchLoader<Guid, IReadOnlyList<LecturerWorkload>> ByPerson { get; } = GroupedLoader.ByOwner(db.LecturerWorkloads, w => w.PersonId, w => -w.AcademicYear);

    /// <summary>How many qualifying outputs each person authored in each calendar year asked for.</summary>
    public BatchLoader<(Guid PersonId, int Year), int> QualifyingOutputs { get; } = new(async (keys, cancellationToken) =>
        (IReadOnlyDictionary<(Guid, int), int>)await QualifyingOutputCounts.LoadAsync(db, keys, cancellationToken), whenMissing: 0);
}
