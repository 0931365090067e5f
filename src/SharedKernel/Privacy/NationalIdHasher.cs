using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
using TriThuc.SharedKernel.Errors;

namespace TriThuc.SharedKernel.Privacy;

/// <summary>
/// The platform's one keyed hash of a national ID (số định danh cá nhân): HMAC-SHA256 of the 12 digits under the key
/// the deployment configures (<see cref="Setting"/>), as upper-case hex. Every module that keeps or matches a hash uses
/// this one, so that a hash one module kept (Education's pupils) finds the person another module holds (the Registry)
/// without a national ID in clear crossing between them; without the key, a leaked table cannot be matched against a
/// list of IDs. No key is built in. The host registers it as a singleton.
/// </summary>
public sealed class NationalIdHasher(string? key)
{
    /// <summary>The setting that holds the key.</summary>
    public const string Setting = "TriThuc:NationalIdKey";

    /// <summary>Read when <see cref="Setting"/> is absent: the key Education's pupil hashes were made under before the key became the platform's.</summary>
    public const string FormerSetting = "TriThuc:Modules:Education:PupilIdKey";

    public static NationalIdHasher From(IConfiguration configuration) =>
        new(configuration[Setting] is { Length: > 0 } key ? key : configuration[FormerSetting]);

    /// <summary>Whether a key is configured; without one nothing is hashed.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(key);

    /// <summary>The hash of <paramref name="nationalId"/>; refused (<c>VALIDATION</c> on <paramref name="field"/>) without a key or when it is not 12 digits.</summary>
    public string Hash(string nationalId, string field = "nationalId")
    {
        if (!IsConfigured)
        {
            throw DomainException.Validation(field, $"Hệ thống chưa được cấu hình khóa băm số định danh ({Setting}); hãy liên hệ quản trị, hoặc bỏ trống số định danh.");
        }

        var digits = nationalId.Trim();
        if (!Validation.Codes.IsAsciiDigits(digits, 12))
        {
            throw DomainException.Validation(field, "Số định danh cá nhân phải gồm đúng 12 chữ số.");
        }

        return Compute(digits);
    }

    /// <summary>The hash of a national ID already on file, or null when there is none, it is not 12 digits, or no key is configured.</summary>
    public string? HashOrNull(string? nationalId) =>
        IsConfigured && nationalId?.Trim() is { } digits && Validation.Codes.IsAsciiDigits(digits, 12) ? Compute(digits) : null;

    private string Compute(string digits) =>
        Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key!), Encoding.ASCII.GetBytes(digits)));
}
