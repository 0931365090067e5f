using System.Security.Cryptography;
using System.Text;

namespace TriThuc.Modules.Education.Gifted;

/// <summary>
/// The keyed hash (HMAC-SHA256) of a national ID, under the key the deployment configures
/// (<c>TriThuc:Modules:Education:PupilIdKey</c>): without the key, a leaked table cannot be matched against a list of IDs.
/// </summary>
public sealed class PupilIdHasher(string? key)
{
    public string Hash(string nationalId)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            throw DomainException.Validation("nationalId", "Hệ thống chưa được cấu hình khóa băm số định danh học sinh (TriThuc:Modules:Education:PupilIdKey); hãy liên hệ quản trị, hoặc bỏ trống số định danh.");
        }

        var digits = nationalId.Trim();
        if (digits.Length != 12 || !digits.All(char.IsAsciiDigit))
        {
            throw DomainException.Validation("nationalId", "Số định danh cá nhân phải gồm đúng 12 chữ số.");
        }

        return Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.ASCII.GetBytes(digits)));
    }
}
