using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.Registry.Data;

namespace TriThuc.Modules.Registry.Units;

/// <summary>The unit tree: create, close and succeed, find a unit's whole subtree, and class communes and villages by area.</summary>
public sealed class UnitService(RegistryDbContext db, IClock clock, UnitTreeCache cache)
{
    public const int MaxDecisionLength = 100;

    private UnitTree? _checked;

    /// <summary>
    /// The unit tree for this request: the host's copy once its stamp was found current in the database (one small
    /// statement, the first time a request asks), else read again. Once checked, the request keeps it.
    /// </summary>
    public async Task<UnitTree> TreeAsync(CancellationToken cancellationToken)
    {
        if (_checked is not null)
        {
            return _checked;
        }

        if (cache.Current is { } copy && await UnitTreeCache.StampAsync(db, cancellationToken) == copy.Stamp)
        {
            return _checked = copy;
        }

        return _checked = await cache.LoadAsync(db, cancellationToken);
    }

    /// <summary>
    /// Makes the next read of the tree check it against the database again: for a long request that must see what other
    /// requests changed since it first read it (an import whose write pass checks the file again).
    /// </summary>
    public void ForgetCheckedTree() => _checked = null;

    /// <summary>The tree this request checked, else the host's copy unchecked (the caller must check its stamp, <see cref="Checked"/>); null before any read.</summary>
    public (UnitTree? Tree, bool IsChecked) Peek() => _checked is not null ? (_checked, true) : (cache.Current, false);

    /// <summary>
    /// Takes the stamp a caller read in a statement of its own: the copy it used is this request's tree when the
    /// stamps agree; otherwise false, and the next read of the tree reads it again.
    /// </summary>
    public bool Checked(UnitTree used, Guid stamp)
    {
        if (used.Stamp != stamp)
        {
            return false;
        }

        _checked ??= used;
        return true;
    }

    /// <summary>
    /// Reads the tree again after this request changed it, so that the next requests on this host find the copy
    /// current (one small statement) rather than each reading it again. In a transaction that later rolls back, the
    /// copy carries a stamp the database no longer has, and the next request reads the tree again.
    /// </summary>
    private async Task RefreshTreeAsync(CancellationToken cancellationToken) => _checked = await cache.LoadAsync(db, cancellationToken);

    /// <summary>Every unit, from the request's tree: lists look them up per row.</summary>
    public async Task<IReadOnlyDictionary<Guid, OrganisationUnit>> AllAsync(CancellationToken cancellationToken) =>
        (await TreeAsync(cancellationToken)).Units;

    /// <summary>The top of the tree: open units without a parent, by code.</summary>
    public async Task<List<OrganisationUnit>> RootsAsync(CancellationToken cancellationToken) =>
        (await AllAsync(cancellationToken)).Values
            .Where(u => u.ParentId is null && u.ValidTo is null).OrderBy(u => u.Code, StringComparer.Ordinal).ToList();

    /// <summary>The unit with this id, open or closed; null for none.</summary>
    public async Task<OrganisationUnit?> FindAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (id is not { } wanted)
        {
            return null;
        }

        var tree = await TreeAsync(cancellationToken);
        if (tree.Units.TryGetValue(wanted, out var unit))
        {
            return unit;
        }

        // A unit saved after this request checked its tree (a person placed in it may already be on the page): read
        // the tree again if it changed since; an id that names no unit costs one small statement, not a whole read.
        if (await UnitTreeCache.StampAsync(db, cancellationToken) == tree.Stamp)
        {
            return null;
        }

        _checked = await cache.LoadAsync(db, cancellationToken);
        return _checked.Units.GetValueOrDefault(wanted);
    }

    /// <summary>Every unit's area classifications, oldest first, from the request's tree.</summary>
    public async Task<ILookup<Guid, AreaClassification>> ClassificationsAsync(CancellationToken cancellationToken) =>
        (await TreeAsync(cancellationToken)).Classifications;

    /// <summary>The classification of a unit in force on a day (today when none is given), if any.</summary>
    public async Task<AreaClassification?> ClassificationOnAsync(Guid unitId, DateOnly? day, CancellationToken cancellationToken)
    {
        var on = day ?? clock.Today;
        return (await ClassificationsAsync(cancellationToken))[unitId].FirstOrDefault(a => a.AppliesOn(on));
    }

    /// <summary>The units right below one, by code; closed ones only when asked for.</summary>
    public async Task<List<OrganisationUnit>> ChildrenAsync(Guid parentId, bool includeClosed, CancellationToken cancellationToken) =>
        (await AllAsync(cancellationToken)).Values
            .Where(u => u.ParentId == parentId && (includeClosed || u.ValidTo is null))
            .OrderBy(u => u.Code, StringComparer.Ordinal)
            .ToList();

    /// <summary>The kinds of unit an area list classes: communes, wards and special zones, their villages, and districts of the past.</summary>
    public static readonly IReadOnlySet<UnitKind> ClassifiedKinds = new HashSet<UnitKind> { UnitKind.Commune, UnitKind.Ward, UnitKind.SpecialZone, UnitKind.Village, UnitKind.District };

    /// <summary>
    /// Records how a commune or village is classed for a period; periods of one unit may not overlap. The check and the
    /// save run under the unit's lock, so two classifications sent together cannot both pass it.
    /// </summary>
    public Task<AreaClassification> ClassifyAsync(AreaClassificationInput input, CancellationToken cancellationToken) =>
        db.SerializedAsync("registry:classification:" + input.UnitId.ToString("N"), () => ClassifyUnderLockAsync(input, cancellationToken), cancellationToken);

    private async Task<AreaClassification> ClassifyUnderLockAsync(AreaClassificationInput input, CancellationToken cancellationToken)
    {
        var unit = await db.Units.FindAsync([input.UnitId], cancellationToken)
            ?? throw DomainException.Validation("unitId", "Không tìm thấy đơn vị.");
        if (!ClassifiedKinds.Contains(unit.Kind))
        {
            throw DomainException.Validation("unitId",
                $"'{unit.Name}' không phải xã, phường, đặc khu, thôn hay huyện; danh sách khu vực chỉ phân loại các đơn vị hành chính đó.");
        }

        if (input.Zone is null && !input.IsExtremelyDifficultVillage && !input.IsBorder)
        {
            throw DomainException.Validation("zone", "Cần chọn khu vực (I, II, III), hoặc đánh dấu thôn đặc biệt khó khăn hay xã biên giới.");
        }

        var decision = Require.Text(input.Decision, MaxDecisionLength, "decision", "Số quyết định");
        if (input.ValidTo is { } validTo && validTo < input.ValidFrom)
        {
            throw DomainException.Validation("validTo", $"Ngày hết áp dụng ({validTo:dd/MM/yyyy}) phải sau ngày bắt đầu ({input.ValidFrom:dd/MM/yyyy}).");
        }

        var end = input.ValidTo ?? DateOnly.MaxValue;
        var overlapping = await db.AreaClassifications.AsNoTracking()
            .Where(a => a.UnitId == unit.Id && a.ValidFrom <= end && (a.ValidTo == null || a.ValidTo >= input.ValidFrom))
            .FirstOrDefaultAsync(cancellationToken);
        if (overlapping is not null)
        {
            var until = overlapping.ValidTo is { } to ? $"đến {to:dd/MM/yyyy}" : "đến nay";
            throw DomainException.Conflict(
                $"'{unit.Name}' đã được phân loại theo quyết định {overlapping.Decision} từ {overlapping.ValidFrom:dd/MM/yyyy} {until}; các giai đoạn không được chồng lên nhau.",
                "validFrom");
        }

        var classification = new AreaClassification
        {
            UnitId = unit.Id,
            Zone = input.Zone,
            IsExtremelyDifficultVillage = input.IsExtremelyDifficultVillage,
            IsBorder = input.IsBorder,
            Decision = decision,
            ValidFrom = input.ValidFrom,
            ValidTo = input.ValidTo,
        };
        db.AreaClassifications.Add(classification);
        await db.SaveChangesAsync(cancellationToken);
        await RefreshTreeAsync(cancellationToken);
        return classification;
    }

    /// <summary>Unit ids by unit code (any case), as spreadsheets name units.</summary>
    public async Task<IReadOnlyDictionary<string, Guid>> IdsByCodeAsync(CancellationToken cancellationToken) =>
        (await AllAsync(cancellationToken)).Values.ToDictionary(u => u.Code, u => u.Id, StringComparer.OrdinalIgnoreCase);

    /// <summary>The unit and every unit below it, however deep.</summary>
    public async Task<HashSet<Guid>> SubtreeAsync(Guid rootId, CancellationToken cancellationToken) =>
        (await TreeAsync(cancellationToken)).Subtree(rootId);

    public async Task<OrganisationUnit> CreateAsync(UnitInput input, CancellationToken cancellationToken)
    {
        var code = Codes.Require(input.Code, 30, "code", "Mã đơn vị");

        var name = Names.Composed(input.Name, "name", "Tên đơn vị");
        if (name.Length is 0 or > 300)
        {
            throw DomainException.Validation("name", "Cần nhập tên đơn vị (tối đa 300 ký tự).");
        }

        if (await db.Units.AnyAsync(u => u.Code == code, cancellationToken))
        {
            throw DomainException.Conflict($"Đã có đơn vị mang mã '{code}'.", "code");
        }

        var validFrom = input.ValidFrom ?? throw DomainException.Validation("validFrom", "Cần nhập ngày đơn vị bắt đầu hoạt động (ngày thành lập hoặc ngày quyết định có hiệu lực).");
        if (validFrom > clock.Today.AddYears(1) || validFrom.Year < 1900)
        {
            throw DomainException.Validation("validFrom", $"Ngày bắt đầu hoạt động {validFrom:dd/MM/yyyy} không hợp lý: phải từ năm 1900 đến {clock.Today.AddYears(1):dd/MM/yyyy}.");
        }
        if (input.ParentId is { } parentId)
        {
            var parent = await db.Units.FindAsync([parentId], cancellationToken)
                ?? throw DomainException.Validation("parentId", "Không tìm thấy đơn vị cấp trên.");
            if (!parent.IsOpenOn(validFrom))
            {
                throw DomainException.Validation("parentId", $"Đơn vị cấp trên '{parent.Name}' không còn hoạt động vào ngày {validFrom:dd/MM/yyyy}.");
            }
        }

        var unit = new OrganisationUnit
        {
            Code = code,
            Name = name,
            Kind = input.Kind,
            ParentId = input.ParentId,
            IsRemoteArea = input.IsRemoteArea,
            ValidFrom = validFrom,
        };
        db.Units.Add(unit);
        await db.SaveChangesAsync(cancellationToken);
        await RefreshTreeAsync(cancellationToken);
        return unit;
    }

    /// <summary>Closes a unit on a day, naming the unit that succeeds it; the unit and its history stay.</summary>
    public async Task<OrganisationUnit> CloseAsync(Guid id, DateOnly closedOn, Guid? successorId, CancellationToken cancellationToken)
    {
        var unit = await db.Units.FindAsync([id], cancellationToken) ?? throw DomainException.NotFound("Không tìm thấy đơn vị.");
        if (unit.ValidTo is not null)
        {
            throw DomainException.Conflict($"Đơn vị '{unit.Name}' đã đóng từ ngày {unit.ValidTo:dd/MM/yyyy}.");
        }

        if (closedOn < unit.ValidFrom)
        {
            throw DomainException.Validation("closedOn", $"Ngày đóng phải sau ngày thành lập ({unit.ValidFrom:dd/MM/yyyy}).");
        }

        if (successorId is { } successor)
        {
            var next = await db.Units.FindAsync([successor], cancellationToken)
                ?? throw DomainException.Validation("successorId", "Không tìm thấy đơn vị kế thừa.");
            if (next.Id == unit.Id || !next.IsOpenOn(closedOn.AddDays(1)))
            {
                throw DomainException.Validation("successorId", "Đơn vị kế thừa phải là đơn vị khác, hoạt động từ ngày sau ngày đóng.");
            }
        }

        unit.ValidTo = closedOn;
        unit.SuccessorId = successorId;
        await db.SaveChangesAsync(cancellationToken);
        await RefreshTreeAsync(cancellationToken);
        return unit;
    }
}
