using TriThuc.Modules.Registry.Data;

namespace TriThuc.Modules.Registry.People;

/// <summary>Creates, corrects and retires records, with checks a clerk understands; each error names its field.</summary>
public sealed class IntellectualService(RegistryDbContext db, IClock clock, ICurrentUser user)
{
    public async Task<Intellectual> CreateAsync(IntellectualInput input, CancellationToken cancellationToken)
    {
        var person = new Intellectual();
        await ApplyAsync(person, input, cancellationToken);
        db.Intellectuals.Add(person);
        await db.SaveChangesAsync(cancellationToken);
        return person;
    }

    public async Task<Intellectual> UpdateAsync(Guid id, IntellectualUpdateInput input, CancellationToken cancellationToken)
    {
        input.RequireMayChange(user.Access);
        var person = await FindAsync(id, cancellationToken);
        db.Expect(person, input.Version);
        await ApplyAsync(person, input.Over(person), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return person;
    }

    /// <summary>Records that a person retired or moved away (or came back to work); the record stays.</summary>
    public async Task<Intellectual> ChangeStatusAsync(Guid id, EmploymentStatus status, DateOnly since, CancellationToken cancellationToken)
    {
        var person = await FindAsync(id, cancellationToken);
        if (since < person.DateOfBirth.AddYears(IntellectualRules.MinimumAge) || since > clock.Today)
        {
            throw DomainException.Validation("since", $"Ngày thay đổi phải sau khi người này đủ {IntellectualRules.MinimumAge} tuổi và không sau hôm nay.");
        }

        person.Status = status;
        person.StatusSince = since;
        await db.SaveChangesAsync(cancellationToken);
        return person;
    }

    private async Task<Intellectual> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var person = await db.Intellectuals.FindAsync([id], cancellationToken) ?? throw DomainException.NotFound("Không tìm thấy hồ sơ trí thức.");
        return person.MergedIntoId is { } kept
            ? throw DomainException.Conflict($"Hồ sơ này đã được gộp vào hồ sơ {kept}; hãy sửa hồ sơ đó.", "id")
            : person;
    }

    private async Task ApplyAsync(Intellectual person, IntellectualInput input, CancellationToken cancellationToken)
    {
        var nationalId = IntellectualRules.NationalIdOf(input);
        var references = new IntellectualReferences(
            EthnicGroupKnown: await db.EthnicGroups.AnyAsync(g => g.Code == input.EthnicGroupCode, cancellationToken),
            FieldKnown: await db.ExpertiseFields.AnyAsync(f => f.Code == input.FieldCode, cancellationToken),
            Unit: await db.Units.FindAsync([input.UnitId], cancellationToken),
            NationalIdTaken: nationalId is not null && await db.Intellectuals.AnyAsync(p => p.NationalId == nationalId && p.Id != person.Id, cancellationToken));
        IntellectualRules.Apply(person, input, clock.Today, references);
    }
}
