using System.Text.Json;
using TriThuc.SharedKernel.Identity;
using TriThuc.SharedKernel.Privacy;
using TriThuc.SharedKernel.Time;

namespace TriThuc.Host.Privacy;

/// <summary>
/// The data subject's rights, for administrators: export everything held about a person across
/// modules, record the legal basis of processing, restrict and lift restriction. Every action is
/// saved as a <see cref="DataSubjectRequest"/>, and so appears in the audit trail.
/// </summary>
internal sealed class PrivacyService(
    PlatformDbContext db,
    IEnumerable<IPersonalDataContributor> contributors,
    ModuleCatalog catalog,
    ICurrentUser user,
    ISensitiveReadLog readLog,
    IClock clock)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task<string> ExportAsync(string personId, CancellationToken cancellationToken)
    {
        personId = await RequireKnownPersonAsync(personId, cancellationToken);
        var modules = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var contributor in contributors)
        {
            if (catalog.ModuleOf(contributor.GetType()) is { } module)
            {
                modules[module.Name] = await contributor.ExportAsync(personId, cancellationToken);
            }
        }

        var export = new
        {
            personId,
            exportedAt = clock.Now,
            exportedBy = user.Id,
            processingBases = await db.ProcessingBases.AsNoTracking().Where(b => b.PersonId == personId)
                .Select(b => new { kind = b.Kind.ToString(), b.Reference, b.Note, recordedAt = b.CreatedAt, recordedBy = b.CreatedBy })
                .ToListAsync(cancellationToken),
            restricted = await IsRestrictedAsync(personId, cancellationToken),
            modules,
        };

        await RecordAsync(personId, DataSubjectRequestKind.Export, cancellationToken);
        readLog.Record("PersonalDataExport", personId, "all");
        return JsonSerializer.Serialize(export, Json);
    }

    public async Task<ProcessingBasis> RecordBasisAsync(string personId, ProcessingBasisKind kind, string reference, string? note, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            throw DomainException.Validation("reference", "Cần ghi căn cứ: số phiếu đồng ý, số quyết định hoặc điều luật.");
        }

        personId = await RequireKnownPersonAsync(personId, cancellationToken);

        var basis = new ProcessingBasis { PersonId = personId, Kind = kind, Reference = reference.Trim(), Note = note?.Trim() };
        db.ProcessingBases.Add(basis);
        await RecordAsync(personId, DataSubjectRequestKind.RecordBasis, cancellationToken);
        return basis;
    }

    public async Task RestrictAsync(string personId, string reason, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw DomainException.Validation("reason", "Cần ghi lý do hạn chế xử lý dữ liệu.");
        }

        personId = await RequireKnownPersonAsync(personId, cancellationToken);

        if (await IsRestrictedAsync(personId, cancellationToken))
        {
            throw DomainException.Conflict("Dữ liệu của người này đã đang bị hạn chế xử lý.", "personId");
        }

        db.ProcessingRestrictions.Add(new ProcessingRestriction { PersonId = personId, Reason = reason.Trim() });
        await RecordAsync(personId, DataSubjectRequestKind.Restrict, cancellationToken);
    }

    public async Task LiftRestrictionAsync(string personId, CancellationToken cancellationToken)
    {
        personId = RequirePerson(personId);
        var active = await db.ProcessingRestrictions.Where(r => r.PersonId == personId && r.LiftedAt == null).ToListAsync(cancellationToken);
        if (active.Count == 0)
        {
            throw DomainException.NotFound("Dữ liệu của người này không bị hạn chế xử lý.");
        }

        active.ForEach(r => r.LiftedAt = clock.Now);
        await RecordAsync(personId, DataSubjectRequestKind.LiftRestriction, cancellationToken);
    }

    public Task<bool> IsRestrictedAsync(string personId, CancellationToken cancellationToken)
    {
        personId = RequirePerson(personId);
        return db.ProcessingRestrictions.AnyAsync(r => r.PersonId == personId && r.LiftedAt == null, cancellationToken);
    }

    public Task<List<ProcessingBasis>> BasesAsync(string personId, CancellationToken cancellationToken)
    {
        personId = RequirePerson(personId);
        return db.ProcessingBases.AsNoTracking().Where(b => b.PersonId == personId).OrderBy(b => b.CreatedAt).ToListAsync(cancellationToken);
    }

    private async Task RecordAsync(string personId, DataSubjectRequestKind kind, CancellationToken cancellationToken)
    {
        db.DataSubjectRequests.Add(new DataSubjectRequest { PersonId = personId, Kind = kind });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The longest person id the host stores (its PersonId columns): a record id is 36 characters.</summary>
    public const int MaxPersonIdLength = 100;

    /// <summary>The id as stored: a record id in its one canonical spelling (lower case, with dashes), so that every module finds it.</summary>
    private static string RequirePerson(string personId)
    {
        if (Guid.TryParse(personId, out var id))
        {
            return id.ToString();
        }

        if (string.IsNullOrWhiteSpace(personId) || personId.Length > MaxPersonIdLength || personId.Any(char.IsControl))
        {
            throw DomainException.Validation("personId", $"Mã người (chủ thể dữ liệu) phải có từ 1 đến {MaxPersonIdLength} ký tự, không chứa ký tự điều khiển.");
        }

        return personId;
    }

    /// <summary>A person some module holds data about: a right exercised for an id nobody knows would record a request about no one.</summary>
    private async Task<string> RequireKnownPersonAsync(string personId, CancellationToken cancellationToken)
    {
        personId = RequirePerson(personId);
        foreach (var contributor in contributors)
        {
            if (catalog.ModuleOf(contributor.GetType()) is not null && await contributor.HoldsAsync(personId, cancellationToken))
            {
                return personId;
            }
        }

        throw new DomainException(ErrorCodes.NotFound, $"Không phân hệ nào có dữ liệu về người mang mã '{personId}'; hãy kiểm tra lại mã.", "personId");
    }
}
