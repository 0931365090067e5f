using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.University.Data;

namespace TriThuc.Modules.University.Research;

/// <summary>Records research outputs with their authors, and lists them; what the GraphQL fields call.</summary>
public sealed class ResearchOutputService(UniversityDbContext db, RegistryReferences registry, IClock clock)
{
    public async Task<ResearchOutput> RecordAsync(ResearchOutputInput input, CancellationToken cancellationToken)
    {
        var output = ResearchOutputRules.New(input, clock.Today);
        await registry.RequirePeopleAsync(output.Authors.Where(a => a.PersonId is not null).Select(a => a.PersonId!.Value).ToList(), "authors", cancellationToken);
        if (output.Doi is { } doi && await db.ResearchOutputs.AnyAsync(o => o.Doi!.ToLower() == doi.ToLower(), cancellationToken))
        {
            throw DomainException.Conflict($"Công trình có DOI {doi} đã được ghi nhận.", "doi");
        }

        db.ResearchOutputs.Add(output);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException error) when (UniqueViolation.Is(error))
        {
            throw DomainException.Conflict("Công trình có DOI này vừa được ghi nhận; hãy tải lại.", "doi");
        }

        return output;
    }

    /// <summary>The filtered outputs, the latest year first, ending with the id so that pages never skip or repeat a row.</summary>
    public IQueryable<ResearchOutput> Query(ResearchOutputFilter? filter)
    {
        var query = db.ResearchOutputs.AsNoTracking().Include(o => o.Authors).AsQueryable();
        if (filter?.Kind is { } kind)
        {
            query = query.Where(o => o.Kind == kind);
        }

        if (filter?.Year is { } year)
        {
            query = query.Where(o => o.Year == year);
        }

        if (filter?.PersonId is { } person)
        {
            query = query.Where(o => o.Authors.Any(a => a.PersonId == person));
        }

        if (Codes.Normalize(filter?.FieldCode) is { } field)
        {
            query = query.Where(o => o.FieldCode == field);
        }

        if (VietnameseText.Fold(filter?.Search) is { Length: > 0 } search)
        {
            query = query.Where(o => o.SearchTitle.Contains(search) || o.SearchKeywords.Contains(search));
        }

        return query.OrderByDescending(o => o.Year).ThenBy(o => o.Id);
    }
}
