namespace TriThuc.Modules.Registry.Careers;

/// <summary>The Vietnamese names of career choices, as spreadsheets, exports and indicator breakdowns write them.</summary>
public static class CareerLabels
{
    public static IReadOnlyDictionary<Degree, string> Degrees { get; } = new Dictionary<Degree, string>
    {
        [Degree.Bachelor] = "Cử nhân", [Degree.Engineer] = "Kỹ sư", [Degree.Master] = "Thạc sĩ", [Degree.Doctorate] = "Tiến sĩ",
        [Degree.Physician] = "Bác sĩ", [Degree.Resident] = "Bác sĩ nội trú", [Degree.SpecialistFirstLevel] = "BS CKI", [Degree.SpecialistSecondLevel] = "BS CKII",
    };

    public static IReadOnlyDictionary<PositionLevel, string> Levels { get; } = new Dictionary<PositionLevel, string>
    {
        [PositionLevel.Province] = "Tỉnh", [PositionLevel.Department] = "Sở, ngành", [PositionLevel.District] = "Huyện",
        [PositionLevel.Commune] = "Xã", [PositionLevel.Unit] = "Đơn vị",
    };

    public static IReadOnlyDictionary<TrainingKind, string> TrainingKinds { get; } = new Dictionary<TrainingKind, string>
    {
        [TrainingKind.KnowledgeUpdate] = "Cập nhật kiến thức", [TrainingKind.ForeignLanguage] = "Ngoại ngữ",
        [TrainingKind.InternationalEnvironment] = "Môi trường quốc tế", [TrainingKind.PoliticalTheory] = "Lý luận chính trị",
        [TrainingKind.Professional] = "Chuyên môn", [TrainingKind.Management] = "Quản lý",
    };

    public static IReadOnlyDictionary<AcademicTitle, string> AcademicTitles { get; } = new Dictionary<AcademicTitle, string>
    {
        [AcademicTitle.AssociateProfessor] = "Phó Giáo sư", [AcademicTitle.Professor] = "Giáo sư",
    };
}
