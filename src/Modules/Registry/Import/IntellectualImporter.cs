using System.Globalization;
using TriThuc.Modules.Registry.Data;
using TriThuc.Modules.Registry.People;
using TriThuc.Modules.Registry.Reference;
using TriThuc.Modules.Registry.Units;

namespace TriThuc.Modules.Registry.Import;

/// <summary>
/// Imports intellectuals from a spreadsheet with Vietnamese headers (the export's columns, plus the
/// personal ones). A row whose national ID or staff code is already on file updates that record, so
/// importing a file twice changes nothing the second time; two rows of one file with one national ID (or one staff
/// code in one unit) are refused (<see cref="KeysInFile"/>). Every row is checked by the same rules as
/// the GraphQL mutations; the file is saved only when every row passes (all or nothing).
/// </summary>
public sealed class IntellectualImporter(RegistryDbContext db, UnitService units, IClock clock, ICurrentUser user, Duplicates.DuplicateService duplicates, ImportLimits limits) : IFileImporter
{
    /// <summary>The columns, by header, and the input field each fills (for naming the column of an error).</summary>
    public static readonly IReadOnlyDictionary<string, string> Columns = new Dictionary<string, string>
    {
        ["fullName"] = "Họ và tên",
        ["gender"] = "Giới tính",
        ["dateOfBirth"] = "Ngày sinh",
        ["ethnicGroupCode"] = "Dân tộc",
        ["nationalId"] = "Số định danh",
        ["staffCode"] = "Mã cán bộ",
        ["phone"] = "Điện thoại",
        ["email"] = "Thư điện tử",
        ["unitId"] = "Mã đơn vị",
        ["jobTitle"] = "Chức danh",
        ["fieldCode"] = "Lĩnh vực",
        ["isPublicSector"] = "Khu vực công",
        ["isRemotePosting"] = "Vùng sâu, vùng xa",
    };

    /// <summary>The columns a row cannot do without (<see cref="Parse"/> refuses a row without them); the others may be left out.</summary>
    public ImportHeaders Headers { get; } = new(
        [.. new[] { "fullName", "gender", "dateOfBirth", "ethnicGroupCode", "unitId", "fieldCode" }.Select(f => Columns[f])],
        [.. new[] { "nationalId", "staffCode", "phone", "email", "jobTitle", "isPublicSector", "isRemotePosting" }.Select(f => Columns[f])]);

    private static readonly Dictionary<string, string> EthnicCodes = ReferenceData.EthnicGroups
        .SelectMany(g => new[] { (g.Code, g.Code), (VietnameseText.Fold(g.Name), g.Code) })
        .ToDictionary(p => p.Item1, p => p.Item2);

    public string Kind => "intellectuals";

    public string Title => "Hồ sơ trí thức";

    public bool IsDefault => true;

    public async Task<ImportReport> ImportAsync(Stream content, string fileName, bool dryRun, CancellationToken cancellationToken)
    {
        var references = new Dictionary<ImportPass, FileReferences>();
        var keys = new Dictionary<ImportPass, KeysInFile> { [ImportPass.Check] = new(), [ImportPass.Write] = new() };
        var createdInFile = new NewPeopleInFile();
        var checkedOn = clock.Today; // the rules judge ages and open units by the day: a check made yesterday is checked again
        await using var prepared = dryRun ? null : new PreparedRecords<Intellectual>(db, user, clock,
            async (changes, token) => clock.Today == checkedOn && await NoneConcernsTheFileAsync(changes, keys[ImportPass.Check], token));
        return await ImportRunner.RunInChunksAsync(db, content, fileName, dryRun, Headers, limits, async (rows, report, pass, token) =>
        {
            // Read by each pass once it has begun, so that the write pass, when it checks again, sees units changed meanwhile.
            if (!references.TryGetValue(pass, out var lists))
            {
                units.ForgetCheckedTree();
                references[pass] = lists = await ReferencesAsync(token);
            }

            await ImportChunkAsync(rows, lists, keys[pass], createdInFile, prepared, report, pass, token);
        }, prepared, cancellationToken);
    }

    /// <summary>
    /// A thousand rows in a few statements: the records they may update found in two queries, every row
    /// checked by the rules in memory, and then either (check pass) the likely duplicates of those it would create
    /// sought, on file and among the file's rows, writing nothing, or (write pass) updates saved and new records
    /// inserted in bulk.
    /// </summary>
    private async Task ImportChunkAsync(IReadOnlyList<ImportRow> rows, FileReferences references, KeysInFile keys, NewPeopleInFile createdInFile,
        PreparedRecords<Intellectual>? prepared, ImportReport report, ImportPass pass, CancellationToken cancellationToken)
    {
        var parsed = new List<(int Row, IntellectualInput Input, bool SectorSaid)>(rows.Count);
        foreach (var row in rows)
        {
            try
            {
                var cells = new ImportCells(row.Cells);
                var input = Parse(cells, references.UnitIdsByCode);
                keys.Claim(row.Number, input);
                parsed.Add((row.Number, input, cells.Text(Columns["isPublicSector"]) is not null));
            }
            catch (Exception error) when (ImportRunner.Refusal(row.Number, error, Columns) is { } problem)
            {
                report.Problems.Add(problem);
            }
        }

        var onFile = await RecordsOnFile.LoadAsync(db, parsed.ConvertAll(p => p.Input), cancellationToken);
        var created = new List<(int Row, Intellectual Person)>();
        foreach (var (row, input, sectorSaid) in parsed)
        {
            try
            {
                if (onFile.Match(input) is { } existing)
                {
                    var update = KeepingWhatTheFileDoesNotSay(input, existing, sectorSaid);
                    onFile.Change(existing, person => IntellectualRules.Apply(person, update, clock.Today, references.For(update, person.Id, onFile)));
                    report.Updated++;
                    continue;
                }

                if (!sectorSaid)
                {
                    // Blank would silently mean "private sector" and take the person out of T4's denominator.
                    throw new RowRefusedException(Columns["isPublicSector"],
                        "Ghi \"Có\" hoặc \"Không\" ở cột Khu vực công: người ngoài khu vực công không được tính vào các chỉ tiêu về khu vực công (như T4).");
                }

                var person = new Intellectual();
                IntellectualRules.Apply(person, input, clock.Today, references.For(input, person.Id, onFile));
                onFile.Add(person);
                created.Add((row, person));
                report.Created++;
            }
            catch (Exception error) when (ImportRunner.Refusal(row, error, Columns) is { } problem)
            {
                report.Problems.Add(problem);
            }
        }

        if (pass == ImportPass.Check)
        {
            await WarnOfLikelyDuplicatesAsync(created, createdInFile, report, cancellationToken);
            await KeepForWritingAsync(prepared, created, report, cancellationToken);
            return;
        }

        // Updates first: a national ID one row moves away from a record may be the one a new record takes.
        await db.SaveChangesAsync(cancellationToken);
        await WriteNewAsync(created.ConvertAll(c => c.Person), cancellationToken);
    }

    /// <summary>
    /// Keeps the records the check pass made for the write pass to write as they are. Only new records are kept: a file
    /// that updates records, or one that will be refused, gives up, and the write pass (if any) checks the file again.
    /// </summary>
    private async Task KeepForWritingAsync(PreparedRecords<Intellectual>? prepared, List<(int Row, Intellectual Person)> created, ImportReport report,
        CancellationToken cancellationToken)
    {
        if (prepared is not { IsComplete: true })
        {
            return;
        }

        if (report.Updated > 0 || report.HasProblems)
        {
            await prepared.GiveUpAsync();
            return;
        }

        var people = created.ConvertAll(c => c.Person);
        people.ForEach(db.StampNationalIdHash);
        await prepared.AddAsync(people, cancellationToken);
    }

    /// <summary>
    /// Whether the records changed by others while the file was checked leave the check's new records as they are: none
    /// of the units the rows name changed, and no person changed now holds a national ID or staff code of a row (that
    /// row would now update them). Changes to anything else (careers, other people, other units) do not concern it.
    /// </summary>
    private async Task<bool> NoneConcernsTheFileAsync(IReadOnlyList<ChangedRecord> changes, KeysInFile keys, CancellationToken cancellationToken)
    {
        if (changes.IdsOf(nameof(OrganisationUnit)).Any(keys.Uses))
        {
            return false;
        }

        var people = changes.IdsOf(nameof(Intellectual));
        if (people.Count == 0)
        {
            return true;
        }

        var changedPeople = await db.Intellectuals.AsNoTracking().Where(p => EF.Parameter(people).Contains(p.Id))
            .Select(p => new { p.NationalId, p.UnitId, p.StaffCode })
            .ToListAsync(cancellationToken);
        return !changedPeople.Any(p => keys.IsConcernedBy(p.NationalId, p.UnitId, p.StaffCode));
    }

    private async Task WriteNewAsync(IReadOnlyList<Intellectual> people, CancellationToken cancellationToken)
    {
        foreach (var person in people)
        {
            db.StampNationalIdHash(person);
        }

        await BulkInsert.InsertAsync(db, people, user, clock.Now, cancellationToken);
    }

    /// <summary>
    /// Warns of each new person who is probably one already on file, or one a row of the file creates too (both rows
    /// are warned). Done in the check pass, before the write lock is taken; the write pass keeps these warnings.
    /// </summary>
    private async Task WarnOfLikelyDuplicatesAsync(List<(int Row, Intellectual Person)> created, NewPeopleInFile createdInFile, ImportReport report, CancellationToken cancellationToken)
    {
        if (created.Count == 0)
        {
            return;
        }

        var candidates = await duplicates.CandidatesForUnsavedAsync(created.ConvertAll(c => c.Person), cancellationToken);
        foreach (var (row, person) in created)
        {
            report.Warnings.AddRange(candidates[person.Id].Select(other => new ImportProblem(row, Columns["fullName"],
                $"Có thể trùng với hồ sơ đã có: {other.FullName} (mã {other.Id}); hãy kiểm tra và gộp nếu cần.")));
            foreach (var (otherRow, otherName) in createdInFile.LikelySame(person))
            {
                report.Warnings.Add(new ImportProblem(row, Columns["fullName"], $"Có thể trùng với người ở dòng {otherRow} của tệp: {otherName}; hãy kiểm tra và gộp nếu cần."));
                report.Warnings.Add(new ImportProblem(otherRow, Columns["fullName"], $"Có thể trùng với người ở dòng {row} của tệp: {person.FullName}; hãy kiểm tra và gộp nếu cần."));
            }

            createdInFile.Add(row, person);
        }
    }

    /// <summary>
    /// The people the check pass would create, by birth date, to pair a new row with an earlier one of the same file.
    /// Each keeps only what the pairing and a warning need (its row, names and unit, the strings shared with the row's
    /// record), not a record: this is what the check remembers of every new row until the file ends.
    /// </summary>
    private sealed class NewPeopleInFile
    {
        private readonly Dictionary<DateOnly, List<NewPerson>> _byBirth = [];

        public void Add(int row, Intellectual person)
        {
            if (!_byBirth.TryGetValue(person.DateOfBirth, out var born))
            {
                _byBirth[person.DateOfBirth] = born = [];
            }

            born.Add(new NewPerson(row, person.FullName, person.SearchName, person.UnitId));
        }

        public IEnumerable<(int Row, string FullName)> LikelySame(Intellectual person) =>
            _byBirth.GetValueOrDefault(person.DateOfBirth)?
                .Where(p => Duplicates.DuplicateService.IsLikelySame(person.SearchName, person.UnitId, p.SearchName, p.UnitId))
                .Select(p => (p.Row, p.FullName)) ?? [];

        private readonly record struct NewPerson(int Row, string FullName, string SearchName, Guid UnitId);
    }

    private async Task<FileReferences> ReferencesAsync(CancellationToken cancellationToken)
    {
        return new FileReferences(
            await units.AllAsync(cancellationToken),
            await units.IdsByCodeAsync(cancellationToken),
            (await db.EthnicGroups.Select(g => g.Code).ToListAsync(cancellationToken)).ToHashSet(),
            (await db.ExpertiseFields.Select(f => f.Code).ToListAsync(cancellationToken)).ToHashSet());
    }

    /// <summary>The reference lists, read once for the whole file.</summary>
    private sealed record FileReferences(
        IReadOnlyDictionary<Guid, OrganisationUnit> Units, IReadOnlyDictionary<string, Guid> UnitIdsByCode,
        IReadOnlySet<string> EthnicGroups, IReadOnlySet<string> Fields)
    {
        public IntellectualReferences For(IntellectualInput input, Guid self, RecordsOnFile onFile) => new(
            EthnicGroups.Contains(input.EthnicGroupCode), Fields.Contains(input.FieldCode), Units.GetValueOrDefault(input.UnitId),
            onFile.NationalIdTaken(IntellectualRules.NationalIdOf(input), self));
    }

    /// <summary>A row updates what it says: blank cells and columns the file lacks keep the values on file.</summary>
    private static IntellectualInput KeepingWhatTheFileDoesNotSay(IntellectualInput row, Intellectual existing, bool sectorSaid) => new()
    {
        FullName = row.FullName,
        Gender = row.Gender,
        DateOfBirth = row.DateOfBirth,
        EthnicGroupCode = row.EthnicGroupCode,
        NationalId = row.NationalId ?? existing.NationalId,
        StaffCode = row.StaffCode ?? existing.StaffCode,
        Phone = row.Phone ?? existing.Phone,
        Email = row.Email ?? existing.Email,
        UnitId = row.UnitId,
        JobTitle = row.JobTitle ?? existing.JobTitle,
        FieldCode = row.FieldCode,
        IsPublicSector = sectorSaid ? row.IsPublicSector : existing.IsPublicSector,
        IsRemotePosting = row.IsRemotePosting,
        AcademicTitle = existing.AcademicTitle,
        AcademicTitleYear = existing.AcademicTitleYear,
        PoliticalTheoryLevel = existing.PoliticalTheoryLevel,
    };

    /// <summary>A row as input for the same rules as the GraphQL mutations; what those rules cannot see (unknown names, unreadable dates) is refused here.</summary>
    private static IntellectualInput Parse(ImportCells row, IReadOnlyDictionary<string, Guid> unitsByCode)
    {
        string? Cell(string field) => row.Text(Columns[field]);
        RowRefusedException Refused(string field, string reason) => new(Columns[field], reason);

        var fullName = Cell("fullName") ?? throw Refused("fullName", "Thiếu họ và tên.");
        var gender = VietnameseText.Fold(Cell("gender")) switch
        {
            "nam" => Gender.Male,
            "nu" => Gender.Female,
            _ => throw Refused("gender", "Giới tính phải là \"Nam\" hoặc \"Nữ\"."),
        };

        if (!ImportCells.TryDate(Cell("dateOfBirth"), out var dateOfBirth))
        {
            throw Refused("dateOfBirth", $"Ngày sinh '{Cell("dateOfBirth")}' không đọc được; hãy ghi dạng ngày/tháng/năm, ví dụ 21/03/1985.");
        }

        if (!EthnicCodes.TryGetValue(VietnameseText.Fold(Cell("ethnicGroupCode")), out var ethnicGroup))
        {
            throw Refused("ethnicGroupCode", $"Dân tộc '{Cell("ethnicGroupCode")}' không có trong danh mục 54 dân tộc.");
        }

        if (Cell("unitId") is not { } unitCode || !unitsByCode.TryGetValue(unitCode, out var unitId))
        {
            throw Refused("unitId", $"Không có đơn vị mang mã '{Cell("unitId")}'.");
        }

        if (ReferenceData.ExpertiseFieldCode(Cell("fieldCode")) is not { } field)
        {
            throw Refused("fieldCode", $"Lĩnh vực '{Cell("fieldCode")}' không có trong danh mục.");
        }

        return new IntellectualInput
        {
            FullName = fullName,
            Gender = gender,
            DateOfBirth = dateOfBirth,
            EthnicGroupCode = ethnicGroup,
            NationalId = ImportCells.Digits(Cell("nationalId"), 12),
            StaffCode = Cell("staffCode"),
            Phone = ImportCells.Digits(Cell("phone"), 10),
            Email = Cell("email"),
            UnitId = unitId,
            JobTitle = Cell("jobTitle"),
            FieldCode = field,
            IsPublicSector = YesNo(Cell("isPublicSector")),
            IsRemotePosting = YesNo(Cell("isRemotePosting")),
        };
    }

    private static bool YesNo(string? value) => VietnameseText.Fold(value) is "co" or "x" or "1" or "true";
}
