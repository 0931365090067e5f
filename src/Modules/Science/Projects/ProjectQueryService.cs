using TriThuc.Modules.Science.Data;

namespace TriThuc.Modules.Science.Projects;

/// <summary>Turns a filter into a query over projects, ordered by code then id for stable paging.</summary>
public sealed class ProjectQueryService(ScienceDbContext db)
{
    public IQueryable<ScienceProject> Query(ProjectFilter? filter, ProjectOrder order = ProjectOrder.CodeAscending)
    {
        var query = db.Projects.AsNoTracking().Include(p => p.Members).AsQueryable();
        if (filter is not null)
        {
            if (filter.Status is { } status)
            {
                query = query.Where(p => p.Status == status);
            }

            if (filter.Level is { } level)
            {
                query = query.Where(p => p.Level == level);
            }

            if (!string.IsNullOrWhiteSpace(filter.FieldCode))
            {
                var field = filter.FieldCode.Trim();
                query = query.Where(p => p.FieldCode == field);
            }

            if (filter.HostUnitId is { } unit)
            {
                query = query.Where(p => p.HostUnitId == unit);
            }

            if (filter.LeadId is { } lead)
            {
                query = query.Where(p => p.LeadId == lead);
            }

            if (filter.Year is { } year)
            {
                var (first, last) = Require.Year(year, "year");
                query = query.Where(p => p.PlannedStart <= last && p.PlannedEnd >= first);
            }

            var search = VietnameseText.Fold(filter.Search);
            if (search.Length > 0)
            {
                query = query.Where(p => p.SearchTitle.Contains(search) || p.Code.ToLower().Contains(search));
            }
        }

        return order switch
        {
            ProjectOrder.CodeDescending => query.OrderByDescending(p => p.Code).ThenBy(p => p.Id),
            ProjectOrder.TitleAscending => query.OrderBy(p => p.SearchTitle).ThenBy(p => p.Id),
            ProjectOrder.PlannedStartDescending => query.OrderByDescending(p => p.PlannedStart).ThenBy(p => p.Id),
            _ => query.OrderBy(p => p.Code).ThenBy(p => p.Id),
        };
    }
}
