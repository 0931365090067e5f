using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.Science.Data;

namespace TriThuc.Modules.Science.Initiatives;

/// <summary>Records initiatives and patents and lists them.</summary>
public sealed class InitiativeService(ScienceDbContext db, RegistryReferences registry, IClock clock)
{
    public async Task<Initiative> RecordAsync(InitiativeInput input, CancellationToken cancellationToken)
    {
        var title = Require.Text(input.Title, 500, "title", "Tên sáng kiến, sáng chế");
        var number = string.IsNullOrWhiteSpace(input.Number) ? null : Require.Text(input.Number, 50, "number", "Số bằng, số chứng nhận");
        if (input.Year < 1950 || input.Year > clock.Today.Year)
        {
            throw DomainException.Validation("year", $"Năm công nhận phải từ 1950 đến {clock.Today.Year}.");
        }

        var holders = input.HolderIds.Distinct().ToList();
        if (holders.Count == 0)
        {
            throw DomainException.Validation("holderIds", "Cần ít nhất một tác giả, chủ sở hữu.");
        }

        await registry.RequirePeopleAsync(holders, "holderIds", cancellationToken);
        var initiative = new Initiative { Kind = input.Kind, Title = title, Number = number, Level = input.Level, Year = input.Year };
        initiative.Holders.AddRange(holders.Select(id => new InitiativeHolder { InitiativeId = initiative.Id, IntellectualId = id }));
        db.Initiatives.Add(initiative);
        await db.SaveChangesAsync(cancellationToken);
        return initiative;
    }

    public IQueryable<Initiative> Query(InitiativeFilter? filter, InitiativeOrder order = InitiativeOrder.YearDescending)
    {
        var query = db.Initiatives.AsNoTracking().Include(i => i.Holders).AsQueryable();
        if (filter?.Kind is { } kind)
        {
            query = query.Where(i => i.Kind == kind);
        }

        if (filter?.Level is { } level)
        {
            query = query.Where(i => i.Level == level);
        }

        if (filter?.Year is { } year)
        {
            query = query.Where(i => i.Year == year);
        }

        if (filter?.HolderId is { } holder)
        {
            query = query.Where(i => i.Holders.Any(h => h.IntellectualId == holder));
        }

        var search = VietnameseText.Fold(filter?.Search);
        if (search.Length > 0)
        {
            query = query.Where(i => i.SearchTitle.Contains(search));
        }

        return order == InitiativeOrder.TitleAscending
            ? query.OrderBy(i => i.SearchTitle).ThenBy(i => i.Id)
            : query.OrderByDescending(i => i.Year).ThenBy(i => i.Id);
    }
}
