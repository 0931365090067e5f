namespace TriThuc.Modules.Registry.Contracts;

/// <summary>
/// Kinds of training (bồi dưỡng) the programme counts: the Registry records them, and a module that trains people
/// (a university branch, a hospital) reports them in <see cref="TrainingCompleted.Kind"/> by name.
/// </summary>
[Description("Loại bồi dưỡng: cập nhật kiến thức, ngoại ngữ, môi trường quốc tế, lý luận chính trị, chuyên môn, quản lý.")]
public enum TrainingKind
{
    [Description("Cập nhật kiến thức")]
    KnowledgeUpdate,
    [Description("Ngoại ngữ")]
    ForeignLanguage,
    [Description("Môi trường quốc tế")]
    InternationalEnvironment,
    [Description("Lý luận chính trị")]
    PoliticalTheory,
    [Description("Chuyên môn")]
    Professional,
    [Description("Quản lý")]
    Management,
}
