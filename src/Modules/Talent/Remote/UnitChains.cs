using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Talent.Remote;

/// <summary>A unit and its ancestors, nearest first: how a class is inherited (remote support, A3) and how figures roll up (plans).</summary>
public static class UnitChains
{
    public static List<Guid> Of(Guid unitId, IReadOnlyDictionary<Guid, UnitSummary> byId)
    {
        var chain = new List<Guid>();
        for (Guid? current = unitId; current is { } id && byId.ContainsKey(id) && !chain.Contains(id); current = byId[id].ParentId)
        {
            chain.Add(id);
        }

        return chain;
    }
}
