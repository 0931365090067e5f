using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.Talent.Data;
using TriThuc.SharedKernel.Councils;

namespace TriThuc.Modules.Talent.Honours;

/// <summary>The annual honours round: rounds, nominations, the selection council's seats and scores, and the decision.</summary>
public sealed class HonourService(
    TalentDbContext db, RegistryReferences registry, IPersonDirectory people, IWorkingYears working, IEnumerable<ICouncilRules> councilRules, IClock clock)
{
    public async Task<HonourRound> CreateRoundAsync(HonourRoundInput input, CancellationToken cancellationToken)
    {
        var round = HonourRules.NewRound(input);
        for (var i = 0; i < round.Quotas.Count; i++)
        {
            await registry.RequireOpenUnitAsync(round.Quotas[i].UnitId, clock.Today, $"quotas[{i}].unitId", cancellationToken);
        }

        if (await db.HonourRounds.AnyAsync(r => r.Year == round.Year, cancellationToken))
        {
            throw DomainException.Conflict($"Đã có đợt tôn vinh năm {round.Year}.", "year");
        }

        db.HonourRounds.Add(round);
        await db.SaveChangesAsync(cancellationToken);
        return round;
    }

    public IQueryable<HonourRound> Rounds() =>
        db.HonourRounds.AsNoTracking().Include(r => r.Quotas).Include(r => r.Seats).Include(r => r.Removals).AsSplitQuery().OrderByDescending(r => r.Year).ThenBy(r => r.Id);

    public async Task<HonourRound> GetRoundAsync(Guid id, CancellationToken cancellationToken) =>
        await Rounds().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw DomainException.NotFound("Không tìm thấy đợt tôn vinh.");

    public IQueryable<HonourNomination> Nominations(Guid roundId) =>
        db.HonourNominations.AsNoTracking().Include(n => n.Achievements).Include(n => n.Evidence).Include(n => n.Scores).AsSplitQuery()
            .Where(n => n.RoundId == roundId).OrderBy(n => n.NominatedAt).ThenBy(n => n.Id);

    /// <summary>
    /// Files a nomination while the window is open, and judges it at once: every failed criterion is named and an
    /// ineligible nomination is kept as such (it does not take the unit's quota).
    /// </summary>
    public Task<HonourNomination> NominateAsync(NominationInput input, CancellationToken cancellationToken) => NominateAsync(input, clock.Now, cancellationToken);

    /// <summary>Files a nomination as at <paramref name="at"/>: the server's clock for a clerk; an instant inside a past window for the demo round.</summary>
    internal async Task<HonourNomination> NominateAsync(NominationInput input, DateTimeOffset at, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryNominateAsync(input, at, cancellationToken);
            }
            catch (DbUpdateException error) when (UniqueViolation.Is(error) && attempt < 5)
            {
                // Another nomination took the unit's place (or named the person) a moment before: judge this one again on what is stored now.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<HonourNomination> TryNominateAsync(NominationInput input, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var round = await db.HonourRounds.Include(r => r.Quotas).FirstOrDefaultAsync(r => r.Id == input.RoundId, cancellationToken)
            ?? throw DomainException.NotFound("Không tìm thấy đợt tôn vinh.");
        HonourRules.RequireOpen(round, at);
        await registry.RequirePeopleAsync([input.IntellectualId], "intellectualId", cancellationToken);
        await registry.RequireOpenUnitAsync(input.NominatingUnitId, clock.Today, "nominatingUnitId", cancellationToken);
        var (achievements, evidence) = HonourRules.Content(input, round);
        if (await db.HonourNominations.AnyAsync(n => n.RoundId == round.Id && n.IntellectualId == input.IntellectualId, cancellationToken))
        {
            throw DomainException.Conflict($"Người này đã được đề nghị trong đợt tôn vinh năm {round.Year}.", "intellectualId");
        }

        var start = (await working.StartYearsAsync([input.IntellectualId], cancellationToken)).GetValueOrDefault(input.IntellectualId);
        var years = HonourRules.YearsOfWork(start == 0 ? null : start, round.Year);
        var placesTaken = await db.HonourNominations.CountAsync(
            n => n.RoundId == round.Id && n.NominatingUnitId == input.NominatingUnitId && n.QuotaPlace != null, cancellationToken);
        var honoured = (await db.HonouredAchievements.AsNoTracking().Where(h => h.IntellectualId == input.IntellectualId).Select(h => h.Key)
            .ToListAsync(cancellationToken)).ToHashSet();
        var failed = HonourRules.Failed(round, input.NominatingUnitId, placesTaken, years, achievements, honoured);
        var nomination = new HonourNomination
        {
            RoundId = round.Id, IntellectualId = input.IntellectualId, NominatingUnitId = input.NominatingUnitId, NominatedAt = at,
            Status = failed.Count == 0 ? NominationStatus.Eligible : NominationStatus.Ineligible, FailedCriteria = string.Join(',', failed),
            YearsOfWork = years, Achievements = achievements, Evidence = evidence, QuotaPlace = failed.Count == 0 ? placesTaken + 1 : null,
        };
        db.HonourNominations.Add(nomination);
        await db.SaveChangesAsync(cancellationToken);
        return nomination;
    }

    public async Task<HonourRound> AddSeatAsync(Guid roundId, HonourSeatInput input, CancellationToken cancellationToken)
    {
        var round = await db.HonourRounds.Include(r => r.Seats).FirstOrDefaultAsync(r => r.Id == roundId, cancellationToken)
            ?? throw DomainException.NotFound("Không tìm thấy đợt tôn vinh.");
        if (round.IsDecided)
        {
            throw DomainException.Conflict($"Đợt tôn vinh năm {round.Year} đã có quyết định.", "roundId");
        }

        Rules();
        await registry.RequirePeopleAsync([input.IntellectualId], "intellectualId", cancellationToken);
        if (round.Seats.Any(s => s.IntellectualId == input.IntellectualId))
        {
            throw DomainException.Conflict("Người này đã là thành viên hội đồng.", "intellectualId");
        }

        if (input.Role == HonourCouncilRole.Chair && round.Seats.Any(s => s.Role == HonourCouncilRole.Chair))
        {
            throw DomainException.Conflict("Hội đồng đã có chủ tịch.", "role");
        }

        db.HonourCouncilSeats.Add(new HonourCouncilSeat { RoundId = round.Id, IntellectualId = input.IntellectualId, Role = input.Role });
        await db.SaveChangesAsync(cancellationToken);
        return await GetRoundAsync(roundId, cancellationToken);
    }

    /// <summary>
    /// Removes a seat before the decision, with the day and the reason: its scores go with it (each deletion audited), a
    /// nomination it chaired in the chair's place loses its acting chair, and the removal is kept on the round.
    /// </summary>
    public async Task<HonourRound> RemoveSeatAsync(Guid seatId, HonourSeatRemovalInput input, CancellationToken cancellationToken)
    {
        var seat = await db.HonourCouncilSeats.FirstOrDefaultAsync(s => s.Id == seatId, cancellationToken)
            ?? throw DomainException.NotFound("Không tìm thấy thành viên hội đồng.");
        var round = await db.HonourRounds.FirstAsync(r => r.Id == seat.RoundId, cancellationToken);
        if (round.IsDecided)
        {
            throw DomainException.Conflict($"Đợt tôn vinh năm {round.Year} đã có quyết định; không rút thành viên hội đồng được nữa.", "seatId");
        }

        var reason = Require.Text(input.Reason, HonourRules.MaxDescriptionLength, "reason", "Lý do rút thành viên");
        Require.NotAfter(input.RemovedOn, clock.Today, "removedOn");
        var scores = await db.HonourScores.Where(s => s.SeatId == seat.Id).ToListAsync(cancellationToken);
        db.HonourScores.RemoveRange(scores);
        foreach (var chaired in await db.HonourNominations.Where(n => n.ActingChairSeatId == seat.Id).ToListAsync(cancellationToken))
        {
            chaired.ActingChairSeatId = null;
        }

        db.HonourCouncilSeats.Remove(seat);
        db.HonourSeatRemovals.Add(new HonourSeatRemoval
        {
            RoundId = round.Id, SeatId = seat.Id, IntellectualId = seat.IntellectualId, Role = seat.Role, RemovedOn = input.RemovedOn, Reason = reason,
            ScoresRemoved = scores.Count,
        });
        await db.SaveChangesAsync(cancellationToken);
        return await GetRoundAsync(round.Id, cancellationToken);
    }

    /// <summary>
    /// Names a member without a conflict to chair the council on a nomination the chair may not judge (Science's rule
    /// needs a chair among those who judge); refused when the chair may judge it.
    /// </summary>
    public async Task<HonourNomination> NameActingChairAsync(Guid nominationId, Guid seatId, CancellationToken cancellationToken)
    {
        var nomination = await db.HonourNominations.FirstOrDefaultAsync(n => n.Id == nominationId, cancellationToken)
            ?? throw DomainException.NotFound("Không tìm thấy hồ sơ đề nghị.");
        var round = await db.HonourRounds.Include(r => r.Seats).FirstAsync(r => r.Id == nomination.RoundId, cancellationToken);
        if (round.IsDecided)
        {
            throw DomainException.Conflict($"Đợt tôn vinh năm {round.Year} đã có quyết định.", "roundId");
        }

        if (nomination.Status != NominationStatus.Eligible)
        {
            throw DomainException.Conflict("Hồ sơ không đủ điều kiện nên hội đồng không xét.", "nominationId");
        }

        var rules = Rules();
        var seat = round.Seats.FirstOrDefault(s => s.Id == seatId)
            ?? throw DomainException.Validation("seatId", "Thành viên này không thuộc hội đồng của đợt tôn vinh.");
        var units = await UnitsOfAsync(round.Seats.Select(s => s.IntellectualId).ToList(), cancellationToken);
        var matter = MatterOf(nomination);
        string? ConflictOf(HonourCouncilSeat s) => rules.ConflictOf(new CouncilCandidate(s.IntellectualId, units.TryGetValue(s.IntellectualId, out var u) ? u : null), matter);
        var chair = round.Seats.FirstOrDefault(s => s.Role == HonourCouncilRole.Chair);
        if (chair is null || ConflictOf(chair) is null)
        {
            throw DomainException.Conflict(
                "Chỉ cử người chủ trì thay khi chủ tịch hội đồng có xung đột lợi ích với hồ sơ; hội đồng chưa có chủ tịch thì thêm chủ tịch.", "nominationId");
        }

        if (ConflictOf(seat) is { } reason)
        {
            throw DomainException.Conflict(reason, "seatId");
        }

        nomination.ActingChairSeatId = seat.Id;
        await db.SaveChangesAsync(cancellationToken);
        return await Nominations(nomination.RoundId).FirstAsync(n => n.Id == nomination.Id, cancellationToken);
    }

    /// <summary>
    /// A seat scores an eligible nomination once the window has closed; a seat with a conflict (the council rule's:
    /// the nominee, a member of the nominating unit) is refused. A seat may correct its score until the decision.
    /// </summary>
    public async Task<HonourNomination> ScoreAsync(Guid nominationId, Guid seatId, int score, CancellationToken cancellationToken)
    {
        var nomination = await db.HonourNominations.Include(n => n.Scores).FirstOrDefaultAsync(n => n.Id == nominationId, cancellationToken)
            ?? throw DomainException.NotFound("Không tìm thấy hồ sơ đề nghị.");
        var round = await db.HonourRounds.Include(r => r.Seats).FirstAsync(r => r.Id == nomination.RoundId, cancellationToken);
        HonourRules.RequireClosed(round, clock.Now);
        if (nomination.Status != NominationStatus.Eligible)
        {
            throw DomainException.Conflict("Hồ sơ không đủ điều kiện nên hội đồng không chấm.", "nominationId");
        }

        var seat = round.Seats.FirstOrDefault(s => s.Id == seatId)
            ?? throw DomainException.Validation("seatId", "Thành viên này không thuộc hội đồng của đợt tôn vinh.");
        var rules = Rules();
        if (score < rules.ScoreRange.Min || score > rules.ScoreRange.Max)
        {
            throw DomainException.Validation("score", $"Điểm phải từ {rules.ScoreRange.Min} đến {rules.ScoreRange.Max}; đã nhập {score}.");
        }

        var units = await UnitsOfAsync([seat.IntellectualId], cancellationToken);
        if (rules.ConflictOf(new CouncilCandidate(seat.IntellectualId, units.GetValueOrDefault(seat.IntellectualId)), MatterOf(nomination)) is { } reason)
        {
            throw DomainException.Conflict(reason, "seatId");
        }

        if (nomination.Scores.FirstOrDefault(s => s.SeatId == seat.Id) is { } existing)
        {
            existing.Score = score;
        }
        else
        {
            db.Add(new HonourScore { NominationId = nomination.Id, SeatId = seat.Id, Score = score });
        }

        await db.SaveChangesAsync(cancellationToken);
        return await Nominations(nomination.RoundId).FirstAsync(n => n.Id == nomination.Id, cancellationToken);
    }

    /// <summary>The council's verdict on each nomination, for nominations of any rounds, in a fixed number of queries.</summary>
    public async Task<IReadOnlyDictionary<Guid, HonourTally>> TalliesAsync(IReadOnlyCollection<Guid> nominationIds, CancellationToken cancellationToken)
    {
        var nominations = await db.HonourNominations.AsNoTracking().Include(n => n.Scores).Where(n => nominationIds.Contains(n.Id)).ToListAsync(cancellationToken);
        var roundIds = nominations.Select(n => n.RoundId).Distinct().ToList();
        var seats = await db.HonourCouncilSeats.AsNoTracking().Where(s => roundIds.Contains(s.RoundId)).ToListAsync(cancellationToken);
        var units = await UnitsOfAsync(seats.Select(s => s.IntellectualId).Distinct().ToList(), cancellationToken);
        var rules = councilRules.FirstOrDefault();
        return nominations.ToDictionary(n => n.Id, n => Tally(n, seats.Where(s => s.RoundId == n.RoundId).ToList(), units, rules));
    }

    /// <summary>
    /// Decides the round once the window has closed and the council has concluded on every eligible nomination: those it
    /// passed are honoured — each achievement recorded as honoured, and <see cref="HonourAwarded"/> published for the
    /// Registry in the same transaction — the others not selected.
    /// </summary>
    public async Task<HonourRound> DecideAsync(Guid roundId, HonourDecisionInput input, CancellationToken cancellationToken)
    {
        var round = await db.HonourRounds.FirstOrDefaultAsync(r => r.Id == roundId, cancellationToken)
            ?? throw DomainException.NotFound("Không tìm thấy đợt tôn vinh.");
        HonourRules.RequireClosed(round, clock.Now);
        HonourRules.RequireDecision(input, clock.Today);
        Rules();
        var nominations = await db.HonourNominations.Include(n => n.Achievements)
            .Where(n => n.RoundId == round.Id && n.Status == NominationStatus.Eligible).ToListAsync(cancellationToken);
        var tallies = await TalliesAsync(nominations.Select(n => n.Id).ToList(), cancellationToken);
        var pending = nominations.Count(n => tallies[n.Id].Outcome == HonourOutcome.Pending);
        if (pending > 0)
        {
            throw DomainException.Conflict($"Hội đồng chưa kết luận {pending} hồ sơ (chưa đủ thành viên, chưa có chủ tịch hoặc còn thành viên chưa chấm).", "roundId");
        }

        foreach (var nomination in nominations)
        {
            if (tallies[nomination.Id].Outcome != HonourOutcome.Pass)
            {
                nomination.Status = NominationStatus.NotSelected;
                continue;
            }

            nomination.Status = NominationStatus.Honoured;
            db.HonouredAchievements.AddRange(nomination.Achievements.Select(a =>
                new HonouredAchievement { IntellectualId = nomination.IntellectualId, Key = a.Key, NominationId = nomination.Id }));
            db.Publish(new HonourAwarded(nomination.IntellectualId, round.Year, round.Title, $"{input.AwardedBy.Trim()} (Quyết định {input.Number.Trim()})"));
        }

        round.DecisionNumber = input.Number.Trim();
        round.DecidedOn = input.DecidedOn;
        round.AwardedBy = input.AwardedBy.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return await GetRoundAsync(round.Id, cancellationToken);
    }

    private static HonourTally Tally(HonourNomination nomination, IReadOnlyList<HonourCouncilSeat> seats, IReadOnlyDictionary<Guid, Guid> units, ICouncilRules? rules)
    {
        if (rules is null)
        {
            return new HonourTally(nomination.Id, HonourOutcome.Pending, 0, 0, [], null, 0);
        }

        var matter = MatterOf(nomination);
        var excluded = seats.Where(s => rules.ConflictOf(new CouncilCandidate(s.IntellectualId, units.TryGetValue(s.IntellectualId, out var u) ? u : null), matter) is not null)
            .Select(s => s.Id).ToList();
        var votes = seats.Where(s => !excluded.Contains(s.Id))
            .Select(s => new CouncilVote(s.Role == HonourCouncilRole.Chair || s.Id == nomination.ActingChairSeatId, nomination.Scores.FirstOrDefault(x => x.SeatId == s.Id)?.Score)).ToList();
        var result = rules.Decide(votes);
        var outcome = result.Outcome switch { CouncilOutcome.Pass => HonourOutcome.Pass, CouncilOutcome.Fail => HonourOutcome.Fail, _ => HonourOutcome.Pending };
        return new HonourTally(nomination.Id, outcome, result.Members, votes.Count(v => v.Score is not null), excluded, result.AverageScore, result.FailVotes);
    }

    private static CouncilMatter MatterOf(HonourNomination nomination) =>
        new(new HashSet<Guid> { nomination.IntellectualId }, new HashSet<Guid> { nomination.NominatingUnitId });

    private async Task<IReadOnlyDictionary<Guid, Guid>> UnitsOfAsync(IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken) =>
        personIds.Count == 0
            ? new Dictionary<Guid, Guid>()
            : (await people.GetSummariesAsync(personIds, cancellationToken)).ToDictionary(p => p.Key, p => p.Value.UnitId);

    private ICouncilRules Rules() =>
        councilRules.FirstOrDefault()
        ?? throw DomainException.Conflict("Chưa có quy tắc hội đồng: cần nạp mô-đun Khoa học và Công nghệ (Science) để lập và chấm hội đồng xét chọn.", "roundId");
}
