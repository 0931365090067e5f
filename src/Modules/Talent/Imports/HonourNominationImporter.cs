using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.Talent.Data;
using TriThuc.Modules.Talent.Honours;

namespace TriThuc.Modules.Talent.Imports;

/// <summary>
/// Nominations for the honours round from a CSV or .xlsx file, one row per achievement: the rows of one person in one
/// round by one unit form one nomination. The rules of <c>nominateTalentHonour</c>: the round of that year open on the
/// server's clock, a Registry intellectual, a unit (Registry code) open today, each achievement once, one nomination per
/// person and round; each nomination judged at once (quota places counted with the rows above, years of work, an
/// achievement already honoured) and kept with its failed criteria. Every bad row reported, all or nothing.
/// </summary>
public sealed class HonourNominationImporter(
    TalentDbContext db, IPersonDirectory people, IProcessingRestrictions restrictions, IUnitDirectory units, IWorkingYears working, IClock clock, ImportLimits limits) : IFileImporter
{
    private static readonly IReadOnlyDictionary<string, string> Columns = new Dictionary<string, string>
    {
        ["roundId"] = "Năm đợt", ["nominatingUnitId"] = "Mã đơn vị đề nghị", ["intellectualId"] = PersonColumn.Name,
        ["title"] = "Tên thành tích", ["year"] = "Năm đạt", ["kind"] = "Loại thành tích",
    };

    public string Kind => "honour-nominations";

    public string Title => "Hồ sơ đề nghị tôn vinh";

    public ImportHeaders Headers { get; } = new(["Năm đợt", "Mã đơn vị đề nghị", PersonColumn.Name, "Tên thành tích", "Năm đạt", "Loại thành tích"], []);

    /// <summary>People named and quota places taken by earlier chunks of the same pass (the check pass writes nothing).</summary>
    private readonly Dictionary<(Guid Round, Guid Person), int> _named = [];

    private readonly Dictionary<(Guid Round, Guid Unit), int> _places = [];

    private ImportPass? _pass;

    public Task<ImportReport> ImportAsync(Stream content, string fileName, bool dryRun, CancellationToken cancellationToken)
    {
        _named.Clear();
        _places.Clear();
        _pass = null;
        return ImportRunner.RunInChunksAsync(db, content, fileName, dryRun, Headers, limits, ImportChunkAsync, cancellationToken);
    }

    private async Task ImportChunkAsync(IReadOnlyList<ImportRow> rows, ImportReport report, ImportPass pass, CancellationToken cancellationToken)
    {
        if (_pass != pass)
        {
            _named.Clear();
            _places.Clear();
            _pass = pass;
        }

        var cells = rows.Select(r => new ImportCells(r.Cells)).ToList();
        var persons = new PersonColumn(people, restrictions);
        await persons.LoadAsync(cells, cancellationToken);
        var allUnits = await units.GetAllAsync(cancellationToken);
        var rounds = await db.HonourRounds.AsNoTracking().Include(r => r.Quotas).ToListAsync(cancellationToken);
        var groups = new List<(HonourRound Round, Guid Person, Guid Unit, List<(int Row, AchievementInput Item)> Items)>();
        for (var i = 0; i < rows.Count; i++)
        {
            try
            {
                var row = cells[i];
                var year = row.Number(Columns["roundId"]);
                var round = rounds.FirstOrDefault(r => r.Year == year)
                    ?? throw new RowRefusedException(Columns["roundId"], $"Chưa có đợt tôn vinh năm {year}.");
                HonourRules.RequireOpen(round, clock.Now);
                var code = row.Required(Columns["nominatingUnitId"]);
                var unit = allUnits.FirstOrDefault(u => string.Equals(u.Code, code, StringComparison.OrdinalIgnoreCase) && u.IsOpenOn(clock.Today))?.Id
                    ?? throw new RowRefusedException(Columns["nominatingUnitId"], $"Không có đơn vị mã '{code}' đang hoạt động.");
                var person = persons.Read(row);
                var item = new AchievementInput
                {
                    Title = row.Required(Columns["title"]), Year = row.Number(Columns["year"]), Kind = row.Choice<AchievementKind>(Columns["kind"]),
                };
                var group = groups.FirstOrDefault(g => g.Round.Id == round.Id && g.Person == person);
                if (group.Items is null)
                {
                    groups.Add((round, person, unit, [(rows[i].Number, item)]));
                }
                else if (group.Unit != unit)
                {
                    throw new RowRefusedException(Columns["nominatingUnitId"], "Một người chỉ được một đơn vị đề nghị trong một đợt; các dòng trên ghi đơn vị khác.");
                }
                else
                {
                    group.Items.Add((rows[i].Number, item));
                }
            }
            catch (Exception error) when (ImportRunner.Refusal(rows[i].Number, error, Columns) is { } problem)
            {
                report.Problems.Add(problem);
            }
        }

        var ids = groups.Select(g => g.Person).Distinct().ToList();
        var starts = await working.StartYearsAsync(ids, cancellationToken);
        var onFile = (await db.HonourNominations.AsNoTracking().Where(n => ids.Contains(n.IntellectualId)).Select(n => new { n.RoundId, n.IntellectualId })
            .ToListAsync(cancellationToken)).Select(n => (n.RoundId, n.IntellectualId)).ToHashSet();
        var honoured = (await db.HonouredAchievements.AsNoTracking().Where(h => ids.Contains(h.IntellectualId)).Select(h => new { h.IntellectualId, h.Key })
            .ToListAsync(cancellationToken)).Select(h => (h.IntellectualId, h.Key)).ToHashSet();
        foreach (var (round, person, unit, items) in groups)
        {
            var first = items[0].Row;
            try
            {
                if (onFile.Contains((round.Id, person)))
                {
                    throw DomainException.Conflict($"Người này đã được đề nghị trong đợt tôn vinh năm {round.Year}.", "intellectualId");
                }

                if (!_named.TryAdd((round.Id, person), first))
                {
                    // The rows of one nomination are gathered a chunk at a time: a person's rows in two chunks would make two nominations.
                    throw new RowRefusedException(PersonColumn.Name,
                        $"Người này đã có hồ sơ đề nghị từ dòng {_named[(round.Id, person)]} của tệp. Tệp được đọc từng khối {ImportRunner.RowsPerChunk} dòng, nên các dòng thành tích của một người phải nằm trong cùng một khối: hãy xếp các dòng của người này liền nhau.");
                }

                persons.RefuseIfRestricted(person);
                var input = new NominationInput { RoundId = round.Id, IntellectualId = person, NominatingUnitId = unit, Achievements = items.Select(x => x.Item).ToList() };
                List<HonourAchievement> achievements;
                try
                {
                    achievements = HonourRules.Content(input, round).Achievements;
                }
                catch (DomainException error) when (error.Field is { } field && field.StartsWith("achievements[", StringComparison.Ordinal))
                {
                    // The item named is the row of that achievement, its column the title's or the year's.
                    var index = int.Parse(field["achievements[".Length..field.IndexOf(']')], System.Globalization.CultureInfo.InvariantCulture);
                    throw new ImportRowException(items[index].Row, field.EndsWith(".year", StringComparison.Ordinal) ? Columns["year"] : Columns["title"], error.Message);
                }

                if (!_places.TryGetValue((round.Id, unit), out var taken))
                {
                    taken = await db.HonourNominations.CountAsync(n => n.RoundId == round.Id && n.NominatingUnitId == unit && n.QuotaPlace != null, cancellationToken);
                }

                var years = HonourRules.YearsOfWork(starts.TryGetValue(person, out var start) && start != 0 ? start : null, round.Year);
                var failed = HonourRules.Failed(round, unit, taken, years, achievements,
                    achievements.Where(a => honoured.Contains((person, a.Key))).Select(a => a.Key).ToHashSet());
                _places[(round.Id, unit)] = failed.Count == 0 ? taken + 1 : taken;
                db.HonourNominations.Add(new HonourNomination
                {
                    RoundId = round.Id, IntellectualId = person, NominatingUnitId = unit, NominatedAt = clock.Now,
                    Status = failed.Count == 0 ? NominationStatus.Eligible : NominationStatus.Ineligible, FailedCriteria = string.Join(',', failed),
                    YearsOfWork = years, Achievements = achievements, QuotaPlace = failed.Count == 0 ? taken + 1 : null,
                });
                report.Created++;
            }
            catch (ImportRowException error)
            {
                report.Problems.Add(new ImportProblem(error.Row, error.Column, error.Message));
            }
            catch (Exception error) when (ImportRunner.Refusal(first, error, Columns) is { } problem)
            {
                report.Problems.Add(problem);
            }
        }

        if (pass == ImportPass.Write && report.Problems.Count == 0)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException error) when (UniqueViolation.Is(error))
            {
                // A clerk filed a nomination (a unit's place, or one of these people) while the file was being written: the whole file is refused, as a row report.
                report.Problems.Add(new ImportProblem(rows[0].Number, Columns["intellectualId"],
                    "Trong lúc nhập tệp, một hồ sơ đề nghị khác vừa được nộp cho cùng đơn vị hoặc cùng người; không hồ sơ nào trong tệp được lưu, hãy nhập lại tệp."));
            }
        }
    }

    /// <summary>A refusal that belongs to another row of the nomination than its first.</summary>
    private sealed class ImportRowException(int row, string column, string message) : Exception(message)
    {
        public int Row { get; } = row;

        public string Column { get; } = column;
    }
}
