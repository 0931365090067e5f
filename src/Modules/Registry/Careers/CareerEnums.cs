namespace TriThuc.Modules.Registry.Careers;

/// <summary>Học hàm.</summary>
public enum AcademicTitle
{
    /// <summary>Phó Giáo sư.</summary>
    AssociateProfessor,
    /// <summary>Giáo sư.</summary>
    Professor,
}

/// <summary>Trình độ lý luận chính trị.</summary>
public enum PoliticalTheoryLevel
{
    /// <summary>Sơ cấp.</summary>
    Elementary,
    /// <summary>Trung cấp.</summary>
    Intermediate,
    /// <summary>Cao cấp.</summary>
    Advanced,
}

/// <summary>The level of government or organisation a leadership post belongs to.</summary>
public enum PositionLevel
{
    Province,
    Department,
    District,
    Commune,
    Unit,
}

/// <summary>Kinds of training (bồi dưỡng) the programme counts.</summary>
public enum TrainingKind
{
    /// <summary>Cập nhật kiến thức.</summary>
    KnowledgeUpdate,
    /// <summary>Ngoại ngữ.</summary>
    ForeignLanguage,
    /// <summary>Kiến thức, kỹ năng làm việc trong môi trường quốc tế.</summary>
    InternationalEnvironment,
    /// <summary>Lý luận chính trị.</summary>
    PoliticalTheory,
    /// <summary>Chuyên môn, nghiệp vụ.</summary>
    Professional,
    /// <summary>Quản lý nhà nước, quản lý.</summary>
    Management,
}
