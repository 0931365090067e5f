namespace TriThuc.Modules.Registry.Demo;

/// <summary>Family, middle and given names as they are used by the province's largest ethnic groups.</summary>
internal static class VietnameseNames
{
    public sealed record NamePool(string[] Surnames, string[] MaleMiddle, string[] FemaleMiddle, string[] MaleGiven, string[] FemaleGiven);

    private static readonly NamePool Kinh = new(
        ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đỗ", "Bùi", "Đặng", "Ngô", "Dương", "Phan", "Đinh", "Trịnh"],
        ["Văn", "Minh", "Đức", "Quang", "Hữu", "Thành", "Xuân"],
        ["Thị", "Thu", "Thanh", "Ngọc", "Kim", "Minh"],
        ["An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hùng", "Khoa", "Long", "Nam", "Phong", "Quân", "Sơn", "Thắng", "Tuấn", "Việt"],
        ["Anh", "Bích", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh", "Mai", "Nga", "Phương", "Thảo", "Trang", "Yến"]);

    private static readonly NamePool Tay = new(
        ["Hoàng", "Nông", "Ma", "Lục", "Triệu", "Bế", "Hà", "Lương", "Lâm", "Quan"],
        ["Văn", "Đình", "Quốc"],
        ["Thị", "Thu"],
        ["Khánh", "Lâm", "Mạnh", "Pản", "Quyết", "Sinh", "Thái", "Toàn", "Vượng"],
        ["Dịu", "Duyên", "Hằng", "Huệ", "Lụa", "Nhung", "Thắm", "Uyên"]);

    private static readonly NamePool Mong = new(
        ["Giàng", "Sùng", "Vàng", "Lù", "Thào", "Ly", "Mua", "Hạng", "Cứ", "Lầu"],
        ["Mí", "Seo", "A"],
        ["Thị", "Mỷ"],
        ["Chá", "Chư", "Dình", "Lử", "Pó", "Páo", "Sính", "Tủa", "Vư"],
        ["Dở", "Dung", "Mai", "Mỷ", "Pà", "Say", "Sông", "Súa"]);

    private static readonly NamePool Dao = new(
        ["Triệu", "Bàn", "Đặng", "Lý", "Phùng", "Chảo", "Tẩn"],
        ["Văn", "Tiến", "Kim"],
        ["Thị", "Mùi"],
        ["Chài", "Dần", "Kiên", "Phin", "Quý", "Tá", "Vần"],
        ["Chiêm", "Diếp", "Mẩy", "Nái", "Sảy", "Xuân"]);

    public static NamePool For(string ethnicGroupCode) => ethnicGroupCode switch
    {
        "02" or "07" or "25" => Tay,  // Tày, Nùng, Giáy
        "08" => Mong,
        "09" => Dao,
        _ => Kinh,
    };
}
