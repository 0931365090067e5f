using TriThuc.Modules.Registry.People;

namespace TriThuc.Modules.Registry.Duplicates;

/// <summary>Two records that may be one person, and why the platform thinks so.</summary>
public sealed record DuplicateCandidate(Intellectual First, Intellectual Second, DuplicateReason Reason);

[Description("Vì sao hai hồ sơ có thể là một người: trùng họ tên (không dấu) và ngày sinh; hoặc họ tên gần giống, cùng ngày sinh, cùng đơn vị.")]
public enum DuplicateReason
{
    /// <summary>Same name (ignoring diacritics) and same date of birth.</summary>
    [Description("Trùng họ tên (không dấu) và ngày sinh")]
    SameNameAndBirthDate,

    /// <summary>Names one or two letters apart, same date of birth, same unit.</summary>
    [Description("Họ tên gần giống, cùng ngày sinh, cùng đơn vị")]
    CloseNameSameUnit,
}
