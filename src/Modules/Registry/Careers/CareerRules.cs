using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.Registry.People;
using TriThuc.Modules.Registry.Units;

namespace TriThuc.Modules.Registry.Careers;

/// <summary>
/// The checks a new career record must pass, given the person (and unit) it is about: the same for the GraphQL
/// mutations, which look those up one at a time, and for imports, which look them up a thousand rows at a time.
/// Each method returns the record to save or throws a <see cref="DomainException"/> naming the field at fault.
/// </summary>
public static class CareerRules
{
    public static Qualification NewQualification(Intellectual person, QualificationInput input, DateOnly today)
    {
        RequireText(input.Field, "field", "Cần nhập ngành đào tạo.");
        RequireYear(input.Year, person, today, "year");
        return new Qualification
        {
            IntellectualId = person.Id, Degree = input.Degree, Field = input.Field.Trim(), FieldCode = ExpertiseFieldCode(input.FieldCode, "fieldCode"),
            Institution = Optional(input.Institution, 300, "institution"), Country = Optional(input.Country, 100, "country"), Year = input.Year,
        };
    }

    public static LanguageSkill NewLanguageSkill(Intellectual person, LanguageSkillInput input)
    {
        RequireText(input.Language, "language", "Cần nhập tên ngoại ngữ.");
        if (input.Level is < 1 or > 6)
        {
            throw DomainException.Validation("level", "Bậc ngoại ngữ theo khung 6 bậc của Việt Nam: từ 1 đến 6 (A1–C2).");
        }

        return new LanguageSkill { IntellectualId = person.Id, Language = input.Language.Trim(), Level = input.Level };
    }

    public static LeadershipPosition NewPosition(Intellectual person, LeadershipPositionInput input, OrganisationUnit? unit, DateOnly today)
    {
        RequireText(input.Title, "title", "Cần nhập chức vụ.");
        if (unit is null)
        {
            throw DomainException.Validation("unitId", "Không tìm thấy đơn vị.");
        }

        if (!unit.IsOpenOn(input.StartDate))
        {
            throw DomainException.Validation("unitId", $"Đơn vị '{unit.Name}' không hoạt động vào ngày bắt đầu {input.StartDate:dd/MM/yyyy}.");
        }

        RequireDatesInOrder(input.StartDate, input.EndDate, person, today);
        RequireLevelFitsUnit(input.Level, unit);
        return new LeadershipPosition
        {
            IntellectualId = person.Id, Title = input.Title.Trim(), Level = input.Level, UnitId = unit.Id,
            StartDate = input.StartDate, EndDate = input.EndDate, RequiredDegree = input.RequiredDegree,
            RequiredFieldCode = ExpertiseFieldCode(input.RequiredFieldCode, "requiredFieldCode"),
        };
    }

    public static Training NewTraining(Intellectual person, TrainingInput input, DateOnly today)
    {
        RequireText(input.Title, "title", "Cần nhập tên khóa bồi dưỡng.");
        RequireText(input.Provider, "provider", "Cần nhập cơ sở bồi dưỡng.");
        RequireDatesInOrder(input.StartDate, input.EndDate, person, today);
        if (input.EndDate.DayNumber - input.StartDate.DayNumber > MaxTrainingDays)
        {
            throw DomainException.Validation("endDate", $"Một khóa bồi dưỡng kéo dài tối đa {MaxTrainingDays / 365} năm; khóa học dài hơn là văn bằng, hãy ghi ở phần văn bằng.");
        }

        if (input.Hours is < 1 or > 5_000)
        {
            throw DomainException.Validation("hours", "Số giờ bồi dưỡng phải từ 1 đến 5.000.");
        }

        return new Training
        {
            IntellectualId = person.Id, Kind = input.Kind, Title = input.Title.Trim(), Provider = input.Provider.Trim(),
            StartDate = input.StartDate, EndDate = input.EndDate, Hours = input.Hours, Certificate = Trimmed(input.Certificate),
        };
    }

    public static Honour NewHonour(Intellectual person, HonourInput input, DateOnly today)
    {
        RequireText(input.Title, "title", "Cần nhập danh hiệu.");
        RequireText(input.AwardedBy, "awardedBy", "Cần nhập cơ quan khen thưởng.");
        RequireYear(input.Year, person, today, "year");
        return new Honour { IntellectualId = person.Id, Year = input.Year, Title = input.Title.Trim(), AwardedBy = input.AwardedBy.Trim() };
    }

    /// <summary>Career records go on the record kept, never on one merged into it.</summary>
    public static Intellectual RequireNotMerged(Intellectual person) =>
        person.MergedIntoId is { } kept
            ? throw DomainException.Conflict($"Hồ sơ này đã được gộp vào hồ sơ {kept}; hãy ghi vào hồ sơ đó.", "intellectualId")
            : person;

    private static void RequireYear(int year, Intellectual person, DateOnly today, string field)
    {
        if (year < person.DateOfBirth.Year + 15 || year > today.Year)
        {
            throw DomainException.Validation(field, $"Năm {year} không hợp lý: phải từ khi người này 15 tuổi ({person.DateOfBirth.Year + 15}) đến năm nay.");
        }
    }

    private static void RequireDatesInOrder(DateOnly start, DateOnly? end, Intellectual person, DateOnly today)
    {
        if (start < person.DateOfBirth.AddYears(15) || start > today.AddYears(1))
        {
            throw DomainException.Validation("startDate", $"Ngày bắt đầu {start:dd/MM/yyyy} không hợp lý với ngày sinh của người này.");
        }

        if (end is { } finish && finish < start)
        {
            throw DomainException.Validation("endDate", "Ngày kết thúc phải sau ngày bắt đầu.");
        }

        if (end > today.AddYears(1))
        {
            throw DomainException.Validation("endDate", $"Ngày kết thúc {end:dd/MM/yyyy} quá xa trong tương lai: chỉ ghi đến {today.AddYears(1):dd/MM/yyyy}; việc chưa kết thúc thì để trống.");
        }
    }

    /// <summary>The longest a training (bồi dưỡng) runs; a degree course is a qualification, not a training.</summary>
    public const int MaxTrainingDays = 730;

    /// <summary>The kinds of unit a post of each level can belong to; a generic unit (<see cref="UnitKind.Unit"/>) says nothing and fits every level.</summary>
    private static readonly Dictionary<PositionLevel, UnitKind[]> UnitsOfLevel = new()
    {
        [PositionLevel.Province] = [UnitKind.Province, UnitKind.Agency, UnitKind.MassOrganisation, UnitKind.Unit],
        [PositionLevel.Department] = [UnitKind.Department, UnitKind.Agency, UnitKind.MassOrganisation, UnitKind.Association, UnitKind.Unit],
        [PositionLevel.District] = [UnitKind.District, UnitKind.SpecialZone, UnitKind.Unit],
        [PositionLevel.Commune] = [UnitKind.Commune, UnitKind.Ward, UnitKind.SpecialZone, UnitKind.Unit],
    };

    private static void RequireLevelFitsUnit(PositionLevel level, OrganisationUnit unit)
    {
        if (UnitsOfLevel.TryGetValue(level, out var kinds) && !kinds.Contains(unit.Kind))
        {
            throw DomainException.Validation("level",
                $"Chức vụ cấp {EnumLabels.Of(level).ToLowerInvariant()} không thuộc đơn vị '{unit.Name}' ({EnumLabels.Of(unit.Kind).ToLowerInvariant()}); hãy chọn cấp \"Đơn vị\" hoặc đúng đơn vị.");
        }
    }

    private static void RequireText(string? value, string field, string message, int maximum = 200)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw DomainException.Validation(field, message);
        }

        if (value.Trim().Length > maximum)
        {
            throw DomainException.Validation(field, $"Quá dài: tối đa {maximum} ký tự.");
        }
    }

    /// <summary>An expertise field given by its code or its name (as a spreadsheet has it), as its code; blank is none.</summary>
    private static string? ExpertiseFieldCode(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return Reference.ReferenceData.ExpertiseFieldCode(value)
            ?? throw DomainException.Validation(field, $"Lĩnh vực '{value.Trim()}' không có trong danh mục. Ghi một trong: "
                + string.Join(", ", Reference.ReferenceData.ExpertiseFields.Select(f => $"{f.Code} ({f.Name})")) + ".");
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? Optional(string? value, int maximum, string field) =>
        Trimmed(value) is { Length: var length } text && length > maximum
            ? throw DomainException.Validation(field, $"Quá dài: tối đa {maximum} ký tự.")
            : Trimmed(value);
}
