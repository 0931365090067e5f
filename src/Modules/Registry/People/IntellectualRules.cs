using System.Text.RegularExpressions;
using TriThuc.Modules.Registry.Units;

namespace TriThuc.Modules.Registry.People;

/// <summary>What the rules need to know from the database about an input; looked up by the caller, one record at a time or for a thousand rows at once.</summary>
/// <param name="NationalIdTaken">Whether another record already holds the input's national ID.</param>
public readonly record struct IntellectualReferences(bool EthnicGroupKnown, bool FieldKnown, OrganisationUnit? Unit, bool NationalIdTaken);

/// <summary>
/// The rules every record must pass, whether typed in or imported, with errors a clerk understands and
/// each naming its field. Pure: the caller looks up what they need from the database
/// (<see cref="IntellectualReferences"/>); nothing is copied onto the record unless every rule passes.
/// </summary>
public static partial class IntellectualRules
{
    public const int MinimumAge = 18;
    public const int MaximumAge = 100;

    /// <summary>Checks <paramref name="input"/> and, when it passes, copies it onto <paramref name="person"/> trimmed and normalised.</summary>
    public static void Apply(Intellectual person, IntellectualInput input, DateOnly today, IntellectualReferences references)
    {
        var fullName = Names.Person(input.FullName, 2, 200, "fullName", "Họ và tên");

        if (input.DateOfBirth > today.AddYears(-MinimumAge) || input.DateOfBirth <= today.AddYears(-MaximumAge))
        {
            throw DomainException.Validation("dateOfBirth", $"Ngày sinh {input.DateOfBirth:dd/MM/yyyy} cho tuổi ngoài khoảng {MinimumAge}–{MaximumAge}; hãy kiểm tra lại.");
        }

        if (!references.EthnicGroupKnown)
        {
            throw DomainException.Validation("ethnicGroupCode", $"Mã dân tộc '{input.EthnicGroupCode}' không có trong danh mục 54 dân tộc.");
        }

        if (!references.FieldKnown)
        {
            throw DomainException.Validation("fieldCode", $"Lĩnh vực '{input.FieldCode}' không có trong danh mục.");
        }

        var unit = references.Unit ?? throw DomainException.Validation("unitId", "Không tìm thấy đơn vị công tác.");
        if (!unit.IsOpenOn(today))
        {
            throw DomainException.Validation("unitId", $"Đơn vị '{unit.Name}' đã đóng từ ngày {unit.ValidTo:dd/MM/yyyy}; hãy chọn đơn vị kế thừa.");
        }

        var nationalId = NationalIdOf(input);
        if (nationalId is not null && !Codes.IsAsciiDigits(nationalId, 12))
        {
            throw DomainException.Validation("nationalId", "Số định danh cá nhân gồm đúng 12 chữ số 0–9.");
        }

        if (nationalId is not null && references.NationalIdTaken)
        {
            throw DomainException.Conflict("Số định danh cá nhân này đã có trong hồ sơ của người khác.", "nationalId");
        }

        var phone = Codes.Normalize(input.Phone);
        if (phone is not null && !(Codes.IsAsciiDigits(phone, 10) && phone[0] == '0'))
        {
            throw DomainException.Validation("phone", "Số điện thoại gồm 10 chữ số 0–9, bắt đầu bằng 0.");
        }

        var email = Blank(input.Email);
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

        var staffCode = StaffCodeOf(input);
        RequireLength(email, 200, "email", "Thư điện tử");
        RequireLength(input.JobTitle, 200, "jobTitle", "Chức danh");

        person.FullName = fullName;
        person.Gender = input.Gender;
        person.DateOfBirth = input.DateOfBirth;
        person.EthnicGroupCode = input.EthnicGroupCode;
        person.NationalId = nationalId;
        person.StaffCode = staffCode;
        person.Phone = phone;
        person.Email = email;
        person.UnitId = unit.Id;
        person.JobTitle = Blank(input.JobTitle);
        person.FieldCode = input.FieldCode;
        person.IsPublicSector = input.IsPublicSector;
        person.IsRemotePosting = input.IsRemotePosting;
        person.AcademicTitle = input.AcademicTitle;
        person.AcademicTitleYear = input.AcademicTitleYear;
        person.PoliticalTheoryLevel = input.PoliticalTheoryLevel;
    }

    /// <summary>The national ID as it will be stored (trimmed, full-width digits folded; blank is none), for the caller's uniqueness check.</summary>
    public static string? NationalIdOf(IntellectualInput input) => Codes.Normalize(input.NationalId);

    /// <summary>The staff code as it will be stored and matched (see <see cref="Codes"/>); refuses one that is not plain ASCII.</summary>
    public static string? StaffCodeOf(IntellectualInput input) => Codes.Optional(input.StaffCode, 50, "staffCode", "Mã cán bộ");

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static void RequireLength(string? value, int maximum, string field, string label)
    {
        if (value?.Trim().Length > maximum)
        {
            throw DomainException.Validation(field, $"{label} dài quá {maximum} ký tự.");
        }
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
