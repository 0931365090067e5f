namespace TriThuc.Modules.Registry.Reference;

/// <summary>The reference lists the Registry starts with; seeded by its first migration.</summary>
public static class ReferenceData
{
    public const string KinhCode = "01";

    /// <summary>The 54 ethnic groups in the General Statistics Office's order and codes.</summary>
    public static IReadOnlyList<EthnicGroup> EthnicGroups { get; } = new[]
    {
        "Kinh", "Tày", "Thái", "Hoa", "Khơ-me", "Mường", "Nùng", "Mông", "Dao", "Gia-rai",
        "Ngái", "Ê-đê", "Ba-na", "Xơ-đăng", "Sán Chay", "Cơ-ho", "Chăm", "Sán Dìu", "Hrê", "Mnông",
        "Ra-glai", "Xtiêng", "Bru-Vân Kiều", "Thổ", "Giáy", "Cơ-tu", "Gié-Triêng", "Mạ", "Khơ-mú", "Co",
        "Tà-ôi", "Chơ-ro", "Kháng", "Xinh-mun", "Hà Nhì", "Chu-ru", "Lào", "La Chí", "La Ha", "Phù Lá",
        "La Hủ", "Lự", "Lô Lô", "Chứt", "Mảng", "Pà Thẻn", "Cơ Lao", "Cống", "Bố Y", "Si La",
        "Pu Péo", "Brâu", "Ơ-đu", "Rơ-măm",
    }.Select((name, index) => new EthnicGroup
    {
        Code = (index + 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture),
        Name = name,
        IsMinority = index > 0,
    }).ToList();

    public static IReadOnlyList<ExpertiseField> ExpertiseFields { get; } =
    [
        new() { Code = "education", Name = "Giáo dục" },
        new() { Code = "health", Name = "Y tế" },
        new() { Code = "biotechnology", Name = "Công nghệ sinh học" },
        new() { Code = "agriculture", Name = "Nông, lâm nghiệp" },
        new() { Code = "digital-transformation", Name = "Chuyển đổi số" },
        new() { Code = "social-sciences", Name = "Khoa học xã hội và nhân văn" },
        new() { Code = "culture-arts", Name = "Văn hóa, nghệ thuật" },
        new() { Code = "engineering", Name = "Kỹ thuật, công nghệ" },
        new() { Code = "economics", Name = "Kinh tế" },
        new() { Code = "law", Name = "Luật" },
        new() { Code = "natural-sciences", Name = "Khoa học tự nhiên" },
        new() { Code = "public-administration", Name = "Quản lý nhà nước" },
    ];

    private static readonly Dictionary<string, string> ExpertiseFieldCodes = ExpertiseFields
        .SelectMany(f => new[] { (f.Code, f.Code), (VietnameseText.Fold(f.Name), f.Code) })
        .ToDictionary(p => p.Item1, p => p.Item2);

    /// <summary>An expertise field's code from its code or its name as a clerk writes it (any case, with or without diacritics); null when none is.</summary>
    public static string? ExpertiseFieldCode(string? codeOrName) => ExpertiseFieldCodes.GetValueOrDefault(VietnameseText.Fold(codeOrName));
}
