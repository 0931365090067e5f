namespace TriThuc.Modules.Registry.Contracts;

/// <summary>What an organisation or administrative unit is, fine enough for each department to find its own (schools by level, health facilities).</summary>
[Description("Loại đơn vị: cơ quan, đơn vị hành chính, trường học theo cấp, cơ sở y tế, cơ sở đào tạo.")]
public enum UnitKind
{
    [Description("Tỉnh")]
    Province,
    [Description("Sở, ban, ngành")]
    Department,
    [Description("Cơ quan, tổ chức")]
    Agency,
    [Description("Tổ chức chính trị - xã hội, đoàn thể")]
    MassOrganisation,
    [Description("Hội, liên hiệp hội")]
    Association,
    [Description("Trường đại học")]
    University,
    [Description("Phân hiệu đại học")]
    UniversityBranch,
    [Description("Bệnh viện")]
    Hospital,
    [Description("Trung tâm y tế")]
    MedicalCentre,
    [Description("Trạm y tế xã")]
    CommuneHealthStation,
    [Description("Trường học (chưa phân cấp)")]
    School,
    [Description("Trường mầm non")]
    PreSchool,
    [Description("Trường tiểu học")]
    PrimarySchool,
    [Description("Trường trung học cơ sở")]
    LowerSecondarySchool,
    [Description("Trường trung học phổ thông")]
    UpperSecondarySchool,
    [Description("Trường trung học phổ thông chuyên")]
    SpecialisedHighSchool,
    [Description("Trường phổ thông dân tộc nội trú")]
    EthnicBoardingSchool,
    [Description("Trường phổ thông dân tộc bán trú")]
    EthnicSemiBoardingSchool,
    [Description("Trung tâm giáo dục thường xuyên")]
    ContinuingEducationCentre,
    [Description("Huyện (trước ngày 01/7/2025)")]
    District,
    [Description("Xã")]
    Commune,
    [Description("Phường")]
    Ward,
    [Description("Đặc khu")]
    SpecialZone,
    [Description("Thôn, bản, tổ dân phố")]
    Village,
    [Description("Đơn vị khác")]
    Unit,
}
