using TriThuc.Modules.Associations.Associations;
using TriThuc.Modules.Associations.Data;

namespace TriThuc.Modules.Associations.Imports;

/// <summary>
/// The column that names a row's association ("Hội"), by its name (without regard to diacritics or case) or its id,
/// and refuses the row unless the caller writes for that association (its named editors, the administrator).
/// Loaded once per chunk (associations are few), and tracked, so that an importer can serialise its writes on the
/// associations its rows name (<see cref="Versions.SerialiseOn{T}"/>) without attaching a record read apart.
/// </summary>
public sealed class AssociationColumn(AssociationsDbContext db, AssociationAccessService access)
{
    public const string Name = "Hội";

    private List<Association>? _all;

    public async Task LoadAsync(CancellationToken cancellationToken) =>
        _all ??= await db.Associations.Include(a => a.Decisions).ToListAsync(cancellationToken);

    public async Task<Association> ReadAsync(ImportCells row, CancellationToken cancellationToken)
    {
        var text = row.Required(Name);
        var folded = VietnameseText.Fold(text);
        var found = Guid.TryParse(text, out var id) ? _all!.Where(a => a.Id == id).ToList() : _all!.Where(a => a.SearchTitle == folded).ToList();
        var association = found.Count switch
        {
            1 => found[0],
            0 => throw new RowRefusedException(Name, $"Không có hội nào tên '{text}'; hãy ghi đúng tên hội như trong danh sách hội, hoặc mã của hội."),
            _ => throw new RowRefusedException(Name, $"Có {found.Count} hội cùng tên '{text}'; hãy ghi mã của hội."),
        };
        return await access.WritesForAsync(association.Id, cancellationToken)
            ? association
            : throw new RowRefusedException(Name, $"Bạn không phải người biên tập của {association.Title}; chỉ người biên tập của hội mới nhập được hội viên của hội.");
    }
}
