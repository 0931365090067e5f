using System.Text;

namespace TriThuc.Modules.Registry.Tests;

/// <summary>Import files of a few thousand rows, more than one chunk of the import, each row about its own person.</summary>
internal static class LargeImportFiles
{
    public static string NationalIdOfRow(int i) => $"0011{i:00000000}";

    public static string StaffCodeOfRow(int i) => $"NV-{i:00000}";

    /// <summary>People "Lò Thị Mai" of the unit <paramref name="unitCode"/>, with different birth dates, national IDs and staff codes.</summary>
    public static string People(int rows, string unitCode)
    {
        var csv = new StringBuilder(RegistryHost.PeopleCsvHeader).Append("\r\n");
        for (var i = 0; i < rows; i++)
        {
            csv.Append($"Lò Thị Mai,Nữ,{1 + (i % 28):00}/{1 + (i / 28 % 12):00}/{1960 + (i / 336):0000},Thái,{NationalIdOfRow(i)},{StaffCodeOfRow(i)},,,{unitCode},Chuyên viên,Giáo dục,Có,Không\r\n");
        }

        return csv.ToString();
    }

    public const string TrainingTitle = "Bồi dưỡng kiến thức quản lý nhà nước";

    /// <summary>One training a row, for the people of <see cref="People"/>, found by national ID.</summary>
    public static string Trainings(int rows)
    {
        var csv = new StringBuilder("Số định danh,Mã cán bộ,Loại,Tên khóa,Cơ sở bồi dưỡng,Từ ngày,Đến ngày,Số giờ\r\n");
        for (var i = 0; i < rows; i++)
        {
            csv.Append($"{NationalIdOfRow(i)},,Cập nhật kiến thức,{TrainingTitle},Trường Chính trị tỉnh,03/08/2025,07/08/2025,32\r\n");
        }

        return csv.ToString();
    }

    /// <summary>One leadership post a row, in the unit <paramref name="unitCode"/>, for the people of <see cref="People"/>.</summary>
    public static string Positions(int rows, string unitCode)
    {
        var csv = new StringBuilder("Số định danh,Mã cán bộ,Chức vụ,Cấp,Mã đơn vị,Từ ngày\r\n");
        for (var i = 0; i < rows; i++)
        {
            csv.Append($"{NationalIdOfRow(i)},,Trưởng phòng,Đơn vị,{unitCode},01/09/2024\r\n");
        }

        return csv.ToString();
    }
}
