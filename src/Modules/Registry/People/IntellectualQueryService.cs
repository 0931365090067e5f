using System.Linq.Expressions;
using TriThuc.SharedKernel.Paging;
using TriThuc.Modules.Registry.Data;
using TriThuc.Modules.Registry.Reference;
using TriThuc.Modules.Registry.Units;

namespace TriThuc.Modules.Registry.People;

/// <summary>Turns a filter and an order into a query over intellectuals, ordered by a unique key for stable paging.</summary>
public sealed class IntellectualQueryService(RegistryDbContext db, UnitService units, IClock clock, ICurrentUser user, ISensitiveReadLog readLog)
{
    /// <summary>The record type under which the access log notes a person's personal data disclosed, as reading a field of it does.</summary>
    public const string RecordType = "Intellectual";

    /// <summary>
    /// The personal data a list discloses about every person on it by how it was chosen or ordered: a list of ethnic
    /// minorities says each one's ethnicity, a list by age or birth date their birth dates.
    /// </summary>
    public static IReadOnlyList<string> FieldsDisclosedBy(IntellectualFilter? filter, IntellectualOrder order)
    {
        var fields = new List<string>();
        if (filter is { EthnicMinority: not null })
        {
            fields.Add("ethnicGroupCode");
        }

        if (filter is { AgeFrom: not null } or { AgeTo: not null } || order is IntellectualOrder.DateOfBirthAscending or IntellectualOrder.DateOfBirthDescending)
        {
            fields.Add("dateOfBirth");
        }

        return fields;
    }

    /// <summary>
    /// One page of the list, its rows read with only the columns of <paramref name="select"/> when given
    /// (<see cref="IntellectualColumns"/>); every person shown is written to the access log when the choice disclosed personal data.
    /// </summary>
    public async Task<Connection<Intellectual>> PageAsync(IntellectualFilter? filter, IntellectualOrder order, PagingArguments paging,
        CancellationToken cancellationToken, Expression<Func<Intellectual, Intellectual>>? select = null)
    {
        var page = await UnitCheckedPageAsync(filter, order, paging, select, cancellationToken)
            ?? await (await QueryAsync(filter, order, cancellationToken)).ToConnectionAsync(paging, cancellationToken, select: select);
        RecordDisclosed(FieldsDisclosedBy(filter, order), page.Nodes);
        return page;
    }

    /// <summary>
    /// The page, with the host's copy of the unit tree checked in the statement that counts it (the stamp is read
    /// beside the count), so that neither the subtree of <c>unitId</c> nor the page's <c>unit</c> fields cost a
    /// statement of their own. Null when the copy turns out older than the database (another host or request changed
    /// a unit) and the page used it: the caller then pages again on the tree read afresh.
    /// </summary>
    private async Task<Connection<Intellectual>?> UnitCheckedPageAsync(
        IntellectualFilter? filter, IntellectualOrder order, PagingArguments paging, Expression<Func<Intellectual, Intellectual>>? select,
        CancellationToken cancellationToken)
    {
        var (tree, isChecked) = units.Peek();
        if (tree is null || isChecked)
        {
            return null;
        }

        var stamp = Guid.Empty;
        var page = await Query(filter, order, tree).ToConnectionAsync(paging, cancellationToken, async (unordered, token) =>
        {
            var counted = await db.UnitTreeVersions.AsNoTracking().Where(v => v.Id == UnitTreeVersion.RowId)
                .Select(v => new { v.Stamp, Count = unordered.Count() }).SingleAsync(token);
            stamp = counted.Stamp;
            return counted.Count;
        }, select);
        return units.Checked(tree, stamp) || filter?.UnitId is null ? page : null;
    }

    /// <summary>Notes in the access log, for each person shown, the personal data the list's choice disclosed about them.</summary>
    public void RecordDisclosed(IReadOnlyList<string> fields, IEnumerable<Intellectual> shown)
    {
        if (fields.Count == 0)
        {
            return;
        }

        foreach (var person in shown)
        {
            foreach (var field in fields)
            {
                readLog.Record(RecordType, person.Id.ToString(), field);
            }
        }
    }

    public async Task<IQueryable<Intellectual>> QueryAsync(IntellectualFilter? filter, IntellectualOrder order, CancellationToken cancellationToken) =>
        Query(filter, order, filter?.UnitId is null ? null : await units.TreeAsync(cancellationToken));

    /// <summary>The query, with the subtree of <c>unitId</c> taken from the given tree (needed only with that filter).</summary>
    private IQueryable<Intellectual> Query(IntellectualFilter? filter, IntellectualOrder order, UnitTree? tree)
    {
        // Selecting or ordering people by ethnicity or age discloses those personal data as surely as reading them.
        var bySensitiveData = FieldsDisclosedBy(filter, order).Count > 0;
        if (bySensitiveData && !user.Access.HasPermission(Permissions.PersonalDataRead))
        {
            throw DomainException.Forbidden("Lọc hoặc sắp xếp theo dân tộc, tuổi, ngày sinh cần quyền đọc dữ liệu cá nhân (personal-data:read).");
        }

        var query = db.Intellectuals.AsNoTracking().Where(p => p.MergedIntoId == null);
        if (filter is not null)
        {
            if (filter.UnitId is { } unitId)
            {
                var subtree = tree!.Subtree(unitId);
                query = query.Where(p => subtree.Contains(p.UnitId));
            }

            if (filter.FieldCode is { } field)
            {
                query = query.Where(p => p.FieldCode == field);
            }

            if (filter.Gender is { } gender)
            {
                query = query.Where(p => p.Gender == gender);
            }

            if (filter.EthnicMinority is { } minority)
            {
                query = minority ? query.Where(p => p.EthnicGroupCode != ReferenceData.KinhCode) : query.Where(p => p.EthnicGroupCode == ReferenceData.KinhCode);
            }

            var today = clock.Today;
            if (filter.AgeFrom is { } ageFrom)
            {
                RequireAge(ageFrom, "ageFrom");
                var bornOnOrBefore = today.AddYears(-ageFrom);
                query = query.Where(p => p.DateOfBirth <= bornOnOrBefore);
            }

            if (filter.AgeTo is { } ageTo)
            {
                RequireAge(ageTo, "ageTo");
                var bornAfter = today.AddYears(-(ageTo + 1));
                query = query.Where(p => p.DateOfBirth > bornAfter);
            }

            if (filter.Status is { } status)
            {
                query = query.Where(p => p.Status == status);
            }

            if (filter.RemotePosting is { } remote)
            {
                query = query.Where(p => p.IsRemotePosting == remote);
            }

            if (filter.PublicSector is { } publicSector)
            {
                query = query.Where(p => p.IsPublicSector == publicSector);
            }

            if (filter.Degree is { } degree)
            {
                query = query.Where(p => db.Qualifications.Any(q => q.IntellectualId == p.Id && q.Degree == degree));
            }

            if (filter.AcademicTitle is { } title)
            {
                query = query.Where(p => p.AcademicTitle == title);
            }

            if (filter.Leader is { } leader)
            {
                query = leader
                    ? query.Where(p => db.LeadershipPositions.Any(l => l.IntellectualId == p.Id && l.StartDate <= today && (l.EndDate == null || l.EndDate >= today)))
                    : query.Where(p => !db.LeadershipPositions.Any(l => l.IntellectualId == p.Id && l.StartDate <= today && (l.EndDate == null || l.EndDate >= today)));
            }

            if (filter.TrainedInYear is { } year)
            {
                if (year is < 1950 or > 2100)
                {
                    throw DomainException.Validation("trainedInYear", "Năm bồi dưỡng phải từ 1950 đến 2100.");
                }

                var from = new DateOnly(year, 1, 1);
                var to = new DateOnly(year, 12, 31);
                query = query.Where(p => db.Trainings.Any(t => t.IntellectualId == p.Id && t.EndDate >= from && t.EndDate <= to));
            }

            var search = VietnameseText.Fold(filter.Search);
            if (search.Length > 0)
            {
                query = query.Where(p => p.SearchName.Contains(search));
            }
        }

        return order switch
        {
            IntellectualOrder.NameDescending => query.OrderByDescending(p => p.SearchName).ThenBy(p => p.Id),
            IntellectualOrder.DateOfBirthAscending => query.OrderBy(p => p.DateOfBirth).ThenBy(p => p.Id),
            IntellectualOrder.DateOfBirthDescending => query.OrderByDescending(p => p.DateOfBirth).ThenBy(p => p.Id),
            _ => query.OrderBy(p => p.SearchName).ThenBy(p => p.Id),
        };
    }

    private static void RequireAge(int age, string field)
    {
        if (age is < 0 or > 120)
        {
            throw DomainException.Validation(field, "Tuổi phải từ 0 đến 120.");
        }
    }
}
