namespace TriThuc.Modules.Registry.Careers;

/// <summary>Professional qualification (trình độ chuyên môn), including the health sector's own degrees.</summary>
public enum Degree
{
    /// <summary>Cử nhân.</summary>
    Bachelor,
    /// <summary>Kỹ sư.</summary>
    Engineer,
    /// <summary>Thạc sĩ.</summary>
    Master,
    /// <summary>Tiến sĩ.</summary>
    Doctorate,
    /// <summary>Bác sĩ.</summary>
    Physician,
    /// <summary>Bác sĩ nội trú.</summary>
    Resident,
    /// <summary>Bác sĩ chuyên khoa I.</summary>
    SpecialistFirstLevel,
    /// <summary>Bác sĩ chuyên khoa II.</summary>
    SpecialistSecondLevel,
}
