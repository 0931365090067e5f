using Microsoft.EntityFrameworkCore;
using TriThuc.Modules.Registry.Data;
using TriThuc.Modules.Registry.People;
using TriThuc.SharedKernel.Errors;
using TriThuc.SharedKernel.Time;

namespace TriThuc.Modules.Registry.Careers;

/// <summary>Adds what a person has earned and done: degrees, languages, posts, trainings, honours.</summary>
public sealed class CareerService(RegistryDbContext db, IClock clock)
{
    public async Task<Qualification> AddQualificationAsync(Guid intellectualId, QualificationInput input, CancellationToken cancellationToken)
    {
        var person = await PersonAsync(intellectualId, cancellationToken);
        RequireText(input.Field, "field", "Cần nhập ngành đào tạo.");
        RequireYear(input.Year, person, "year");
        return await SaveAsync(new Qualification
        {
            IntellectualId = person.Id, Degree = input.Degree, Field = input.Field.Trim(),
            Institution = Trimmed(input.Institution), Country = Trimmed(input.Country), Year = input.Year,
        }, cancellationToken);
    }

    public async Task<LanguageSkill> AddLanguageSkillAsync(Guid intellectualId, LanguageSkillInput input, CancellationToken cancellationToken)
    {
        var person = await PersonAsync(intellectualId, cancellationToken);
        RequireText(input.Language, "language", "Cần nhập tên ngoại ngữ.");
        if (input.Level is < 1 or > 6)
        {
            throw DomainException.Validation("level", "Bậc ngoại ngữ theo khung 6 bậc của Việt Nam: từ 1 đến 6 (A1–C2).");
        }

        return await SaveAsync(new LanguageSkill { IntellectualId = person.Id, Language = input.Language.Trim(), Level = input.Level }, cancellationToken);
    }

    public async Task<LeadershipPosition> AddPositionAsync(Guid intellectualId, LeadershipPositionInput input, CancellationToken cancellationToken)
    {
        var person = await PersonAsync(intellectualId, cancellationToken);
        RequireText(input.Title, "title", "Cần nhập chức vụ.");
        var unit = await db.Units.FindAsync([input.UnitId], cancellationToken) ?? throw DomainException.Validation("unitId", "Không tìm thấy đơn vị.");
        if (!unit.IsOpenOn(input.StartDate))
        {
            throw DomainException.Validation("unitId", $"Đơn vị '{unit.Name}' không hoạt động vào ngày bắt đầu {input.StartDate:dd/MM/yyyy}.");
        }

        RequireDatesInOrder(input.StartDate, input.EndDate, person);
        return await SaveAsync(new LeadershipPosition
        {
            IntellectualId = person.Id, Title = input.Title.Trim(), Level = input.Level, UnitId = unit.Id,
            StartDate = input.StartDate, EndDate = input.EndDate, RequiredDegree = input.RequiredDegree,
        }, cancellationToken);
    }

    public async Task<LeadershipPosition> EndPositionAsync(Guid positionId, DateOnly endDate, CancellationToken cancellationToken)
    {
        var position = await db.LeadershipPositions.FindAsync([positionId], cancellationToken) ?? throw DomainException.NotFound("Không tìm thấy chức vụ.");
        if (position.EndDate is not null)
        {
            throw DomainException.Conflict($"Chức vụ này đã kết thúc ngày {position.EndDate:dd/MM/yyyy}.");
        }

        if (endDate < position.StartDate)
        {
            throw DomainException.Validation("endDate", $"Ngày kết thúc phải sau ngày bắt đầu ({position.StartDate:dd/MM/yyyy}).");
        }

        position.EndDate = endDate;
        await db.SaveChangesAsync(cancellationToken);
        return position;
    }

    public async Task<Training> AddTrainingAsync(Guid intellectualId, TrainingInput input, CancellationToken cancellationToken)
    {
        var person = await PersonAsync(intellectualId, cancellationToken);
        RequireText(input.Title, "title", "Cần nhập tên khóa bồi dưỡng.");
        RequireText(input.Provider, "provider", "Cần nhập cơ sở bồi dưỡng.");
        RequireDatesInOrder(input.StartDate, input.EndDate, person);
        if (input.Hours is < 1 or > 5_000)
        {
            throw DomainException.Validation("hours", "Số giờ bồi dưỡng phải từ 1 đến 5.000.");
        }

        return await SaveAsync(new Training
        {
            IntellectualId = person.Id, Kind = input.Kind, Title = input.Title.Trim(), Provider = input.Provider.Trim(),
            StartDate = input.StartDate, EndDate = input.EndDate, Hours = input.Hours, Certificate = Trimmed(input.Certificate),
        }, cancellationToken);
    }

    public async Task<Honour> AddHonourAsync(Guid intellectualId, HonourInput input, CancellationToken cancellationToken)
    {
        var person = await PersonAsync(intellectualId, cancellationToken);
        RequireText(input.Title, "title", "Cần nhập danh hiệu.");
        RequireText(input.AwardedBy, "awardedBy", "Cần nhập cơ quan khen thưởng.");
        RequireYear(input.Year, person, "year");
        return await SaveAsync(new Honour { IntellectualId = person.Id, Year = input.Year, Title = input.Title.Trim(), AwardedBy = input.AwardedBy.Trim() }, cancellationToken);
    }

    private async Task<Intellectual> PersonAsync(Guid id, CancellationToken cancellationToken)
    {
        var person = await db.Intellectuals.FindAsync([id], cancellationToken) ?? throw DomainException.NotFound("Không tìm thấy hồ sơ trí thức.");
        return person.MergedIntoId is { } kept
            ? throw DomainException.Conflict($"Hồ sơ này đã được gộp vào hồ sơ {kept}; hãy ghi vào hồ sơ đó.", "intellectualId")
            : person;
    }

    private async Task<T> SaveAsync<T>(T record, CancellationToken cancellationToken) where T : class
    {
        db.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return record;
    }

    private void RequireYear(int year, Intellectual person, string field)
    {
        if (year < person.DateOfBirth.Year + 15 || year > clock.Today.Year)
        {
            throw DomainException.Validation(field, $"Năm {year} không hợp lý: phải từ khi người này 15 tuổi ({person.DateOfBirth.Year + 15}) đến năm nay.");
        }
    }

    private void RequireDatesInOrder(DateOnly start, DateOnly? end, Intellectual person)
    {
        if (start < person.DateOfBirth.AddYears(15) || start > clock.Today.AddYears(1))
        {
            throw DomainException.Validation("startDate", $"Ngày bắt đầu {start:dd/MM/yyyy} không hợp lý với ngày sinh của người này.");
        }

        if (end is { } finish && finish < start)
        {
            throw DomainException.Validation("endDate", "Ngày kết thúc phải sau ngày bắt đầu.");
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

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
