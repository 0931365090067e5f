namespace TriThuc.Modules.Registry.Careers;

/// <summary>Professional qualification (trình độ chuyên môn), including the health sector's own degrees.</summary>
[Description("Trình độ chuyên môn: cử nhân, kỹ sư, thạc sĩ, tiến sĩ; bác sĩ, bác sĩ nội trú, BS CKI, BS CKII.")]
public enum Degree
{
    [Description("Cử nhân")]
    Bachelor,
    [Description("Kỹ sư")]
    Engineer,
    [Description("Thạc sĩ")]
    Master,
    [Description("Tiến sĩ")]
    Doctorate,
    [Description("Bác sĩ")]
    Physician,
    [Description("Bác sĩ nội trú")]
    Resident,
    [Description("BS CKI")]
    SpecialistFirstLevel,
    [Description("BS CKII")]
    SpecialistSecondLevel,
}
