namespace TriThuc.Modules.Health.Licences;

/// <summary>The professional titles a practising licence is issued for (Law 15/2023/QH15, Art. 26).</summary>
[Name("HealthProfessionalTitle")]
[Description("Chức danh chuyên môn ghi trên giấy phép hành nghề.")]
public enum ProfessionalTitle
{
    [Description("Bác sĩ")]
    Doctor,
    [Description("Y sĩ")]
    PhysicianAssistant,
    [Description("Điều dưỡng")]
    Nurse,
    [Description("Hộ sinh")]
    Midwife,
    [Description("Kỹ thuật y")]
    MedicalTechnician,
    [Description("Dinh dưỡng lâm sàng")]
    ClinicalNutritionist,
    [Description("Cấp cứu viên ngoại viện")]
    Paramedic,
    [Description("Tâm lý lâm sàng")]
    ClinicalPsychologist,
}
