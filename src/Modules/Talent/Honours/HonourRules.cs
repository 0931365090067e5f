using System.Text.RegularExpressions;

namespace TriThuc.Modules.Talent.Honours;

/// <summary>The honours round's checks: a round's criteria and window, a nomination's content and eligibility, a decision.</summary>
public static partial class HonourRules
{
    public const int MaxTitleLength = 300;
    public const int MaxCriteriaLength = 2000;
    public const int MaxFileNameLength = 255;
    public const int MaxDescriptionLength = 500;
    public const int MaxDecisionLength = 60;

    public static HonourRound NewRound(HonourRoundInput input)
    {
        Require.Year(input.Year, "year");
        var title = Require.Text(input.Title, MaxTitleLength, "title", "Danh hiệu tôn vinh");
        var criteria = Require.Text(input.RequiredAchievements, MaxCriteriaLength, "requiredAchievements", "Yêu cầu về thành tích");
        if (input.MinimumYearsOfWork is < 0 or > 60)
        {
            throw DomainException.Validation("minimumYearsOfWork", "Số năm công tác tối thiểu phải từ 0 đến 60.");
        }

        if (input.ClosesAt <= input.OpensAt)
        {
            throw DomainException.Validation("closesAt", "Thời hạn kết thúc đề cử phải sau thời điểm bắt đầu.");
        }

        var quotas = new List<HonourQuota>();
        for (var i = 0; i < input.Quotas.Count; i++)
        {
            var quota = input.Quotas[i];
            if (quota.Quota < 1)
            {
                throw DomainException.Validation($"quotas[{i}].quota", "Số lượng được đề nghị phải từ 1 trở lên.");
            }

            if (input.Quotas.Take(i).Any(q => q.UnitId == quota.UnitId))
            {
                throw DomainException.Validation($"quotas[{i}].unitId", "Mỗi đơn vị chỉ có một số lượng phân bổ.");
            }

            quotas.Add(new HonourQuota { UnitId = quota.UnitId, Quota = quota.Quota });
        }

        return new HonourRound
        {
            Year = input.Year, Title = title, MinimumYearsOfWork = input.MinimumYearsOfWork, RequiredAchievements = criteria,
            OpensAt = input.OpensAt.ToUniversalTime(), ClosesAt = input.ClosesAt.ToUniversalTime(), Quotas = quotas,
        };
    }

    /// <summary>Nominations are filed only while the window is open on the server's clock.</summary>
    public static void RequireOpen(HonourRound round, DateTimeOffset now)
    {
        if (round.IsDecided)
        {
            throw DomainException.Conflict($"Đợt tôn vinh năm {round.Year} đã có quyết định.", "roundId");
        }

        if (!round.IsOpenAt(now))
        {
            throw DomainException.Conflict(
                $"Ngoài thời hạn đề cử của đợt tôn vinh năm {round.Year} (từ {Local(round.OpensAt)} đến trước {Local(round.ClosesAt)}).", "roundId");
        }
    }

    /// <summary>The council scores and the round is decided only once the window has closed.</summary>
    public static void RequireClosed(HonourRound round, DateTimeOffset now)
    {
        if (round.IsDecided)
        {
            throw DomainException.Conflict($"Đợt tôn vinh năm {round.Year} đã có quyết định.", "roundId");
        }

        if (now < round.ClosesAt)
        {
            throw DomainException.Conflict($"Chưa hết thời hạn đề cử ({Local(round.ClosesAt)}); hội đồng chỉ chấm sau thời hạn này.", "roundId");
        }
    }

    /// <summary>The achievements and evidence of a nomination, checked as a whole; the same achievement twice is refused.</summary>
    public static (List<HonourAchievement> Achievements, List<HonourEvidence> Evidence) Content(NominationInput input, HonourRound round)
    {
        if (input.Achievements is null || input.Achievements.Count == 0)
        {
            throw DomainException.Validation("achievements", "Cần kê khai ít nhất một thành tích.");
        }

        var achievements = new List<HonourAchievement>();
        for (var i = 0; i < input.Achievements.Count; i++)
        {
            var item = input.Achievements[i];
            var title = Require.Text(item.Title, MaxTitleLength, $"achievements[{i}].title", "Tên thành tích");
            if (item.Year < 1950 || item.Year > round.Year)
            {
                throw DomainException.Validation($"achievements[{i}].year", $"Năm đạt thành tích phải từ 1950 đến năm của đợt ({round.Year}).");
            }

            var key = KeyOf(title, item.Year);
            if (achievements.Any(a => a.Key == key))
            {
                throw DomainException.Validation($"achievements[{i}].title", $"Thành tích '{title}' ({item.Year}) được kê khai hai lần.");
            }

            achievements.Add(new HonourAchievement { Title = title, Year = item.Year, Kind = item.Kind, Key = key });
        }

        var evidence = new List<HonourEvidence>();
        var files = input.Evidence ?? [];
        for (var i = 0; i < files.Count; i++)
        {
            var item = files[i];
            var name = Require.Text(item.FileName, MaxFileNameLength, $"evidence[{i}].fileName", "Tên tệp minh chứng");
            var hash = (item.Sha256 ?? "").Trim().ToLowerInvariant();
            if (!Sha256Pattern().IsMatch(hash))
            {
                throw DomainException.Validation($"evidence[{i}].sha256", "Mã băm SHA-256 của tệp phải gồm 64 ký tự 0–9, a–f.");
            }

            var description = string.IsNullOrWhiteSpace(item.Description) ? null : Require.Text(item.Description, MaxDescriptionLength, $"evidence[{i}].description", "Mô tả");
            evidence.Add(new HonourEvidence { FileName = name, Sha256 = hash, Description = description });
        }

        return (achievements, evidence);
    }

    /// <summary>
    /// Every criterion the nomination fails: the unit's quota already filled by its eligible nominations (a unit without a
    /// quota in the round has none), too few years of work on the Registry's records, an achievement already honoured.
    /// </summary>
    public static IReadOnlyList<NominationCriterion> Failed(
        HonourRound round, Guid unitId, int placesTaken, int? yearsOfWork, IEnumerable<HonourAchievement> achievements, IReadOnlySet<string> honouredKeys)
    {
        var failed = new List<NominationCriterion>();
        var quota = round.Quotas.FirstOrDefault(q => q.UnitId == unitId)?.Quota ?? 0;
        if (placesTaken >= quota)
        {
            failed.Add(NominationCriterion.OverQuota);
        }

        if ((yearsOfWork ?? 0) < round.MinimumYearsOfWork)
        {
            failed.Add(NominationCriterion.TooFewYearsOfWork);
        }

        if (achievements.Any(a => honouredKeys.Contains(a.Key)))
        {
            failed.Add(NominationCriterion.AchievementAlreadyHonoured);
        }

        return failed;
    }

    /// <summary>Years of work on the round's year, from the year the Registry's records start; null without one.</summary>
    public static int? YearsOfWork(int? startYear, int roundYear) => startYear is { } start ? Math.Max(0, roundYear - start) : null;

    public static string KeyOf(string title, int year) =>
        $"{string.Join(' ', VietnameseText.Fold(title).Split(' ', StringSplitOptions.RemoveEmptyEntries))}|{year}";

    public static void RequireDecision(HonourDecisionInput input, DateOnly today)
    {
        Require.Text(input.Number, MaxDecisionLength, "number", "Số quyết định");
        Require.Text(input.AwardedBy, MaxTitleLength, "awardedBy", "Cơ quan quyết định tôn vinh");
        Require.NotAfter(input.DecidedOn, today, "decidedOn");
    }

    private static string Local(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(7)).ToString("HH:mm dd/MM/yyyy");

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Pattern();
}
