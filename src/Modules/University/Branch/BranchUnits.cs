using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.University.Branch;

/// <summary>Which Registry units belong to the branch: a university or university branch and every unit below it (faculties, offices).</summary>
public static class BranchUnits
{
    public static bool Contains(IReadOnlyList<UnitSummary> all, Guid unitId) => Contains(all.ToDictionary(u => u.Id), unitId);

    public static bool Contains(IReadOnlyDictionary<Guid, UnitSummary> byId, Guid unitId) =>
        byId.AncestryOf(unitId).Any(u => u.Kind is UnitKind.UniversityBranch or UnitKind.University);
}
