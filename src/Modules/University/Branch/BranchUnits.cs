using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.University.Branch;

/// <summary>Which Registry units belong to the branch: a university or university branch and every unit below it (faculties, offices).</summary>
public static class BranchUnits
{
    public static bool Contains(IReadOnlyList<UnitSummary> all, Guid unitId)
    {
        var byId = all.ToDictionary(u => u.Id);
        for (Guid? at = unitId; at is { } id && byId.TryGetValue(id, out var unit); at = unit.ParentId)
        {
            if (unit.Kind is UnitKind.UniversityBranch or UnitKind.University)
            {
                return true;
            }
        }

        return false;
    }
}
