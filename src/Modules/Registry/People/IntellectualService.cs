using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TriThuc.Modules.Registry.Data;
using TriThuc.SharedKernel.Errors;
using TriThuc.SharedKernel.Time;

namespace TriThuc.Modules.Registry.People;

/// <summary>Creates, corrects and retires records, with checks a clerk understands; each error names its field.</summary>
public sealed partial class IntellectualService(RegistryDbContext db, IClock clock)
{
    public const int MinimumAge = 18;
    public const int MaximumAge = 100;

    public async Task<Intellectual> CreateAsync(IntellectualInput input, CancellationToken cancellationToken)
    {
        var person = new Intellectual();
        await ApplyAsync(person, input, cancellationToken);
        db.Intellectuals.Add(person);
        await db.SaveChangesAsync(cancellationToken);
        return person;
    }

    public async Task<Intellectual> UpdateAsync(Guid id, IntellectualInput input, CancellationToken cancellationToken)
    {
        var person = await FindAsync(id, cancellationToken);
        await ApplyAsync(person, input, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return person;
    }

    /// <summary>Records that a person retired or moved away (or came back to work); the record stays.</summary>
    public async Task<Intellectual> ChangeStatusAsync(Guid id, EmploymentStatus status, DateOnly since, CancellationToken cancellationToken)
    {
        var person = await FindAsync(id, cancellationToken);
        if (since < person.DateOfBirth.AddYears(MinimumAge) || since > clock.Today)
        {
            throw DomainException.Validation("since", $"Ngày thay đổi phải sau khi người này đủ {MinimumAge} tuổi và không sau hôm nay.");
        }

        person.Status = status;
        person.StatusSince = since;
        await db.SaveChangesAsync(cancellationToken);
        return person;
    }

    private async Task<Intellectual> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var person = await db.Intellectuals.FindAsync([id], cancellationToken) ?? throw DomainException.NotFound("Không tìm thấy hồ sơ trí thức.");
        return person.MergedIntoId is { } kept
            ? throw DomainException.Conflict($"Hồ sơ này đã được gộp vào hồ sơ {kept}; hãy sửa hồ sơ đó.", "id")
            : person;
    }

    private async Task ApplyAsync(Intellectual person, IntellectualInput input, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var fullName = Regex.Replace(input.FullName ?? "", @"\s+", " ").Trim();
        if (fullName.Length is < 2 or > 200)
        {
            throw DomainException.Validation("fullName", "Họ và tên phải có từ 2 đến 200 ký tự.");
        }

        if (input.DateOfBirth > today.AddYears(-MinimumAge) || input.DateOfBirth <= today.AddYears(-MaximumAge))
        {
            throw DomainException.Validation("dateOfBirth", $"Ngày sinh {input.DateOfBirth:dd/MM/yyyy} cho tuổi ngoài khoảng {MinimumAge}–{MaximumAge}; hãy kiểm tra lại.");
        }

        if (!await db.EthnicGroups.AnyAsync(g => g.Code == input.EthnicGroupCode, cancellationToken))
        {
            throw DomainException.Validation("ethnicGroupCode", $"Mã dân tộc '{input.EthnicGroupCode}' không có trong danh mục 54 dân tộc.");
        }

        if (!await db.ExpertiseFields.AnyAsync(f => f.Code == input.FieldCode, cancellationToken))
        {
            throw DomainException.Validation("fieldCode", $"Lĩnh vực '{input.FieldCode}' không có trong danh mục.");
        }

        var unit = await db.Units.FindAsync([input.UnitId], cancellationToken)
            ?? throw DomainException.Validation("unitId", "Không tìm thấy đơn vị công tác.");
        if (!unit.IsOpenOn(today))
        {
            throw DomainException.Validation("unitId", $"Đơn vị '{unit.Name}' đã đóng từ ngày {unit.ValidTo:dd/MM/yyyy}; hãy chọn đơn vị kế thừa.");
        }

        var nationalId = string.IsNullOrWhiteSpace(input.NationalId) ? null : input.NationalId.Trim();
        if (nationalId is not null)
        {
            if (!NationalIdPattern().IsMatch(nationalId))
            {
                throw DomainException.Validation("nationalId", "Số định danh cá nhân gồm đúng 12 chữ số.");
            }

            if (await db.Intellectuals.AnyAsync(p => p.NationalId == nationalId && p.Id != person.Id, cancellationToken))
            {
                throw DomainException.Conflict("Số định danh cá nhân này đã có trong hồ sơ của người khác.", "nationalId");
            }
        }

        var phone = string.IsNullOrWhiteSpace(input.Phone) ? null : input.Phone.Trim();
        if (phone is not null && !PhonePattern().IsMatch(phone))
        {
            throw DomainException.Validation("phone", "Số điện thoại gồm 10 chữ số, bắt đầu bằng 0.");
        }

        var email = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim();
        if (email is not null && !EmailPattern().IsMatch(email))
        {
            throw DomainException.Validation("email", "Địa chỉ thư điện tử không hợp lệ.");
        }

        if (input.AcademicTitle is not null != input.AcademicTitleYear is not null)
        {
            throw DomainException.Validation("academicTitleYear", "Học hàm và năm được phong phải nhập cùng nhau.");
        }

        if (input.AcademicTitleYear is { } titleYear && (titleYear < input.DateOfBirth.Year + 25 || titleYear > today.Year))
        {
            throw DomainException.Validation("academicTitleYear", $"Năm được phong học hàm {titleYear} không hợp lý.");
        }

        RequireLength(input.StaffCode, 50, "staffCode", "Mã cán bộ");
        RequireLength(email, 200, "email", "Thư điện tử");
        RequireLength(input.JobTitle, 200, "jobTitle", "Chức danh");

        person.FullName = fullName;
        person.Gender = input.Gender;
        person.DateOfBirth = input.DateOfBirth;
        person.EthnicGroupCode = input.EthnicGroupCode;
        person.NationalId = nationalId;
        person.StaffCode = string.IsNullOrWhiteSpace(input.StaffCode) ? null : input.StaffCode.Trim();
        person.Phone = phone;
        person.Email = email;
        person.UnitId = unit.Id;
        person.JobTitle = string.IsNullOrWhiteSpace(input.JobTitle) ? null : input.JobTitle.Trim();
        person.FieldCode = input.FieldCode;
        person.IsPublicSector = input.IsPublicSector;
        person.IsRemotePosting = input.IsRemotePosting;
        person.AcademicTitle = input.AcademicTitle;
        person.AcademicTitleYear = input.AcademicTitleYear;
        person.PoliticalTheoryLevel = input.PoliticalTheoryLevel;
    }

    private static void RequireLength(string? value, int maximum, string field, string label)
    {
        if (value?.Trim().Length > maximum)
        {
            throw DomainException.Validation(field, $"{label} dài quá {maximum} ký tự.");
        }
    }

    [GeneratedRegex(@"^\d{12}$")]
    private static partial Regex NationalIdPattern();

    [GeneratedRegex(@"^0\d{9}$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
