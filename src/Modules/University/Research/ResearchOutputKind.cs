namespace TriThuc.Modules.University.Research;

[Name("UniversityResearchOutputKind")]
[Description("Loại kết quả nghiên cứu khoa học.")]
public enum ResearchOutputKind
{
    [Description("Đề tài, nhiệm vụ cấp cơ sở đã nghiệm thu")]
    InstitutionProject,
    [Description("Bài báo trên tạp chí có mã ISSN")]
    JournalArticle,
    [Description("Bài báo trên tạp chí thuộc danh mục chỉ mục quốc tế (Scopus, Web of Science)")]
    IndexedArticle,
    [Description("Báo cáo tại hội nghị, hội thảo khoa học")]
    ConferencePaper,
    [Description("Sách, giáo trình, chuyên khảo")]
    Book,
    [Description("Bằng sáng chế, giải pháp hữu ích")]
    Patent,
}
