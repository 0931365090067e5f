namespace TriThuc.Modules.Registry.Contracts;

/// <summary>Checks that the persons and units a Science record names exist in the Registry, through its contracts only.</summary>
public sealed class RegistryReferences(IPersonDirectory people, IUnitDirectory units)
{
    /// <summary>Every id must be a Registry person not merged into another record; one batched look-up whatever the number of ids.</summary>
    public async Task RequirePeopleAsync(IReadOnlyCollection<Guid> ids, string field, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return;
        }

        var found = await people.GetSummariesAsync(ids, cancellationToken);
        var missing = ids.Where(id => !found.ContainsKey(id)).Distinct().ToList();
        if (missing.Count > 0)
        {
            throw DomainException.Validation(field, $"Không tìm thấy trong cơ sở dữ liệu trí thức: {string.Join(", ", missing)}.");
        }

        var merged = ids.Distinct().Select(id => found[id]).Where(p => p.MergedIntoId is not null).ToList();
        if (merged.Count > 0)
        {
            var which = string.Join("; ", merged.Select(p => $"{p.Id} ({p.FullName}) đã được gộp vào bản ghi {p.MergedIntoId}"));
            throw DomainException.Validation(field, $"Bản ghi trí thức đã được gộp, hãy chọn bản ghi được giữ lại: {which}.");
        }
    }

    /// <summary>The unit the Registry places a person in today, or null when there is no person or no such record.</summary>
    public async Task<Guid?> UnitOfAsync(Guid? personId, CancellationToken cancellationToken)
    {
        if (personId is not { } id)
        {
            return null;
        }

        var found = await people.GetSummariesAsync([id], cancellationToken);
        return found.TryGetValue(id, out var person) ? person.UnitId : null;
    }

    /// <summary>The unit must exist and be open on <paramref name="day"/>.</summary>
    public async Task<UnitSummary> RequireOpenUnitAsync(Guid unitId, DateOnly day, string field, CancellationToken cancellationToken)
    {
        var unit = (await units.GetAllAsync(cancellationToken)).FirstOrDefault(u => u.Id == unitId)
            ?? throw DomainException.Validation(field, "Không tìm thấy đơn vị trong cơ sở dữ liệu trí thức.");
        return unit.IsOpenOn(day)
            ? unit
            : throw DomainException.Validation(field, $"Đơn vị '{unit.Name}' không hoạt động vào ngày {day:dd/MM/yyyy}; hãy chọn đơn vị kế thừa.");
    }
}
