using TriThuc.Modules.Talent.Data;

namespace TriThuc.Modules.Talent.Parameters;

/// <summary>Records dated legal values and answers which applies on a day.</summary>
public sealed class LegalParameterService(TalentDbContext db)
{
    public async Task<LegalParameter> SetAsync(LegalParameterInput input, CancellationToken cancellationToken)
    {
        var parameter = LegalParameterRules.New(input, await db.LegalParameters.Where(p => p.Kind == input.Kind).ToListAsync(cancellationToken));
        db.LegalParameters.Add(parameter);
        await db.SaveChangesAsync(cancellationToken);
        return parameter;
    }

    public async Task<IReadOnlyList<LegalParameter>> ListAsync(LegalParameterKind? kind, CancellationToken cancellationToken) =>
        await db.LegalParameters.AsNoTracking()
            .Where(p => kind == null || p.Kind == kind)
            .OrderBy(p => p.Kind).ThenBy(p => p.EffectiveFrom).ThenBy(p => p.Id)
            .ToListAsync(cancellationToken);

    /// <summary>Every value of these kinds, for rules that need the one in force on a day.</summary>
    public async Task<IReadOnlyList<LegalParameter>> AllAsync(CancellationToken cancellationToken) =>
        await db.LegalParameters.AsNoTracking().ToListAsync(cancellationToken);
}
