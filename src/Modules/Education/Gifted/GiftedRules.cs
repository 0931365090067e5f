namespace TriThuc.Modules.Education.Gifted;

/// <summary>The checks of the gifted pipeline, each refusal naming its field in words a clerk can act on.</summary>
public static class GiftedRules
{
    public const int MaxTitleLength = 300;

    public const int MaxSubjectLength = 100;

    public const int MaxNameLength = 200;

    public const int MaxCoaches = 20;

    public static Contest NewContest(ContestInput input, DateOnly today)
    {
        var title = Require.Text(input.Title, MaxTitleLength, "title", "Tên kỳ thi");
        if (input.SchoolYear < 2000 || input.SchoolYear > today.Year)
        {
            throw DomainException.Validation("schoolYear", $"Năm học (năm bắt đầu) phải từ 2000 đến {today.Year}.");
        }

        if (input.HeldOn < new DateOnly(input.SchoolYear, 8, 1) || input.HeldOn > new DateOnly(input.SchoolYear + 1, 7, 31))
        {
            throw DomainException.Validation("heldOn", $"Ngày thi phải trong năm học {input.SchoolYear}–{input.SchoolYear + 1} (01/8/{input.SchoolYear} đến 31/7/{input.SchoolYear + 1}).");
        }

        return new Contest { Title = title, Level = input.Level, SchoolYear = input.SchoolYear, HeldOn = input.HeldOn };
    }

    public static Team NewTeam(TeamInput input)
    {
        var subject = Require.Text(input.Subject, MaxSubjectLength, "subject", "Môn thi");
        if (input.CoachIds.Count is 0 or > MaxCoaches)
        {
            throw DomainException.Validation("coachIds", $"Đội tuyển cần từ 1 đến {MaxCoaches} giáo viên bồi dưỡng.");
        }

        return new Team { ContestId = input.ContestId, Subject = subject, Coaches = [.. input.CoachIds.Distinct().Select(id => new TeamCoach { PersonId = id })] };
    }

    public static Pupil NewPupil(PupilInput input, string? nationalIdHash, DateOnly today)
    {
        var name = Require.Text(input.FullName, MaxNameLength, "fullName", "Họ và tên học sinh");
        if (input.BirthYear < today.Year - 25 || input.BirthYear > today.Year - 4)
        {
            throw DomainException.Validation("birthYear", $"Năm sinh của học sinh phải từ {today.Year - 25} đến {today.Year - 4}.");
        }

        if (input.EthnicGroupCode.Length != 2 || !input.EthnicGroupCode.All(char.IsAsciiDigit))
        {
            throw DomainException.Validation("ethnicGroupCode", "Mã dân tộc gồm 2 chữ số theo danh mục 54 dân tộc (01 là Kinh).");
        }

        if (input.FollowUpConsentOn is { } consent)
        {
            Require.NotAfter(consent, today, "followUpConsentOn");
        }

        return new Pupil
        {
            FullName = name, SchoolUnitId = input.SchoolUnitId, BirthYear = input.BirthYear, Gender = input.Gender,
            EthnicGroupCode = input.EthnicGroupCode, LegalBasis = input.LegalBasis, NationalIdHash = nationalIdHash, FollowUpConsentOn = input.FollowUpConsentOn,
        };
    }

    public static Entry NewEntry(EntryInput input, Team? team)
    {
        var subject = Require.Text(input.Subject, MaxSubjectLength, "subject", "Môn thi");
        if (team is not null && (team.ContestId != input.ContestId || !string.Equals(team.Subject, subject, StringComparison.OrdinalIgnoreCase)))
        {
            throw DomainException.Validation("teamId", $"Đội tuyển đã chọn là đội môn '{team.Subject}' của kỳ thi khác hoặc môn khác; hãy chọn đúng đội của môn '{subject}' trong kỳ thi này.");
        }

        if (input.Score is < 0 or > 1000)
        {
            throw DomainException.Validation("score", "Điểm thi phải từ 0 đến 1000.");
        }

        return new Entry { ContestId = input.ContestId, PupilId = input.PupilId, TeamId = team?.Id, Subject = subject, Score = input.Score, Prize = input.Prize };
    }

    /// <summary>Consent before linking: without follow-up consent on file, a pupil is linked to nobody, by hand or by the match.</summary>
    public static void RequireConsent(Pupil pupil)
    {
        if (pupil.FollowUpConsentOn is null)
        {
            throw DomainException.Validation("pupilId", $"Học sinh '{pupil.FullName}' chưa có sự đồng ý theo dõi sau khi ra trường; không được liên kết với hồ sơ trí thức.");
        }
    }

    /// <summary>Whether the match may link the pupil: consent on file, a hash kept, and no link yet.</summary>
    public static bool AwaitsMatch(Pupil pupil) => pupil.FollowUpConsentOn is not null && pupil.NationalIdHash is not null && pupil.LinkedPersonId is null;

    /// <summary>Linking needs consent on file and the same national ID as the one hashed when the pupil was recorded.</summary>
    public static void Link(Pupil pupil, Guid personId, string nationalIdHash)
    {
        RequireConsent(pupil);
        if (pupil.NationalIdHash is null || !string.Equals(pupil.NationalIdHash, nationalIdHash, StringComparison.Ordinal))
        {
            throw DomainException.Validation("nationalId", "Số định danh không khớp số đã ghi khi lập hồ sơ học sinh; không liên kết.");
        }

        if (pupil.LinkedPersonId is { } linked && linked != personId)
        {
            throw DomainException.Conflict("Học sinh này đã được liên kết với một hồ sơ trí thức khác.", "personId");
        }

        pupil.LinkedPersonId = personId;
    }

    /// <summary>
    /// Withdrawing consent to follow-up ends it for good: the link to the Registry record goes, and so does the keyed
    /// hash of the national ID, kept only to make that link. The contest record and its prizes stay (their basis is
    /// the contest, not the consent).
    /// </summary>
    public static void WithdrawConsent(Pupil pupil)
    {
        if (pupil.FollowUpConsentOn is null)
        {
            throw DomainException.Conflict($"Học sinh '{pupil.FullName}' không có sự đồng ý theo dõi nào để rút lại.", "pupilId");
        }

        pupil.FollowUpConsentOn = null;
        pupil.LinkedPersonId = null;
        pupil.NationalIdHash = null;
    }

    /// <summary>A correction of a contest: the rules of a new one, on the record kept.</summary>
    public static void CorrectContest(Contest contest, ContestInput input, DateOnly today)
    {
        var corrected = NewContest(input, today);
        contest.Title = corrected.Title;
        contest.Level = corrected.Level;
        contest.SchoolYear = corrected.SchoolYear;
        contest.HeldOn = corrected.HeldOn;
    }

    /// <summary>A correction of a team stays in its contest; its subject changes only while no pupil is entered for it. Returns the coaches added.</summary>
    public static IReadOnlyList<TeamCoach> CorrectTeam(Team team, TeamInput input, int entries)
    {
        if (input.ContestId != team.ContestId)
        {
            throw DomainException.Validation("contestId", "Đội tuyển không chuyển sang kỳ thi khác được; hãy lập đội tuyển mới cho kỳ thi đó.");
        }

        var corrected = NewTeam(input);
        if (entries > 0 && !string.Equals(corrected.Subject, team.Subject, StringComparison.OrdinalIgnoreCase))
        {
            throw DomainException.Conflict($"Đội tuyển môn '{team.Subject}' đã có {entries} học sinh dự thi; hãy sửa hoặc xóa kết quả của các em trước khi đổi môn.", "subject");
        }

        team.Subject = corrected.Subject;
        team.Coaches.RemoveAll(c => !input.CoachIds.Contains(c.PersonId));
        var added = corrected.Coaches.Where(c => team.Coaches.All(kept => kept.PersonId != c.PersonId)).ToList();
        team.Coaches.AddRange(added);
        return added;
    }

    /// <summary>
    /// A correction of a pupil's minimum record. Consent and the keyed hash of the national ID are not corrected here:
    /// consent is withdrawn with its own mutation, and after that only a new record carries new consent.
    /// </summary>
    public static void CorrectPupil(Pupil pupil, PupilInput input, string? nationalIdHash, DateOnly today)
    {
        var corrected = NewPupil(input, nationalIdHash, today);
        if (input.FollowUpConsentOn != pupil.FollowUpConsentOn)
        {
            throw DomainException.Validation("followUpConsentOn", pupil.FollowUpConsentOn is { } on
                ? $"Sự đồng ý theo dõi ghi ngày {on:dd/MM/yyyy} không sửa ở đây; để rút lại, dùng chức năng rút lại sự đồng ý."
                : "Học sinh không có sự đồng ý theo dõi trên hồ sơ; sự đồng ý mới cần một hồ sơ mới.");
        }

        if (nationalIdHash is not null && !string.Equals(nationalIdHash, pupil.NationalIdHash, StringComparison.Ordinal))
        {
            throw DomainException.Validation("nationalId", "Số định danh không sửa được trên hồ sơ học sinh; để trống ô này (số đã ghi, nếu có, được giữ nguyên).");
        }

        pupil.FullName = corrected.FullName;
        pupil.SchoolUnitId = corrected.SchoolUnitId;
        pupil.BirthYear = corrected.BirthYear;
        pupil.Gender = corrected.Gender;
        pupil.EthnicGroupCode = corrected.EthnicGroupCode;
        pupil.LegalBasis = corrected.LegalBasis;
    }

    /// <summary>A correction of an entry keeps its contest and pupil (one subject per pupil per contest); the rest by the rules of a new one.</summary>
    public static void CorrectEntry(Entry entry, EntryInput input, Team? team)
    {
        if (input.ContestId != entry.ContestId || input.PupilId != entry.PupilId)
        {
            throw DomainException.Validation(input.ContestId != entry.ContestId ? "contestId" : "pupilId", "Kết quả dự thi không chuyển sang kỳ thi hay học sinh khác được; hãy xóa kết quả này và ghi kết quả mới.");
        }

        var corrected = NewEntry(input, team);
        entry.TeamId = corrected.TeamId;
        entry.Subject = corrected.Subject;
        entry.Score = corrected.Score;
        entry.Prize = corrected.Prize;
    }

    /// <summary>A record that others rest on is removed only after them: a contest after its teams and entries, a team or a pupil after their entries.</summary>
    public static void RequireNothingRests(string what, int entries, int teams = 0)
    {
        if (entries > 0 || teams > 0)
        {
            var parts = new[] { entries > 0 ? $"{entries} kết quả dự thi" : null, teams > 0 ? $"{teams} đội tuyển" : null }.OfType<string>();
            throw DomainException.Conflict($"{what} còn {string.Join(" và ", parts)}; hãy xóa chúng trước.", "id");
        }
    }
}
