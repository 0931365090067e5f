using TriThuc.Modules.Registry.Careers;
using TriThuc.Modules.Registry.Units;

namespace TriThuc.Modules.Registry.People;

public sealed class IntellectualInputType : InputObjectGraphType<IntellectualInput>
{
    public IntellectualInputType()
    {
        Name = "IntellectualInput";
        Description = "Thông tin hồ sơ một trí thức.";
        Field(p => p.FullName).Description("Họ và tên.");
        Field<NonNullGraphType<EnumType<Gender>>>("gender").Description("Giới tính.");
        Field(p => p.DateOfBirth, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày sinh.");
        Field(p => p.EthnicGroupCode).Description("Mã dân tộc (01–54).");
        Field(p => p.NationalId, nullable: true).Description("Số định danh cá nhân, 12 chữ số.");
        Field(p => p.StaffCode, nullable: true).Description("Mã cán bộ của đơn vị.");
        Field(p => p.Phone, nullable: true).Description("Số điện thoại, 10 chữ số.");
        Field(p => p.Email, nullable: true).Description("Thư điện tử.");
        Field(p => p.UnitId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Đơn vị công tác.");
        Field(p => p.JobTitle, nullable: true).Description("Chức danh, vị trí việc làm.");
        Field(p => p.FieldCode).Description("Mã lĩnh vực chuyên môn.");
        Field(p => p.IsPublicSector).Description("Làm việc trong khu vực công (bắt buộc: quyết định người này có thuộc mẫu số của các chỉ tiêu về khu vực công, như T4, không).");
        Field(p => p.IsRemotePosting, nullable: true).Description("Công tác ở vùng sâu, vùng xa, biên giới (mặc định: không).");
        Field<EnumType<AcademicTitle>>("academicTitle").Description("Học hàm.");
        Field(p => p.AcademicTitleYear, nullable: true).Description("Năm được phong học hàm.");
        Field<EnumType<PoliticalTheoryLevel>>("politicalTheoryLevel").Description("Trình độ lý luận chính trị.");
    }
}

public sealed class IntellectualUpdateInputType : PartialInputGraphType<IntellectualUpdateInput>
{
    public IntellectualUpdateInputType()
    {
        Name = "IntellectualUpdateInput";
        Description = "Những thông tin cần sửa trên hồ sơ một trí thức: trường không gửi được giữ nguyên, trường gửi null được xóa "
            + "(trừ các trường bắt buộc). Ngày sinh, dân tộc, số định danh và số điện thoại chỉ người có quyền xem dữ liệu cá nhân mới được sửa.";
        Field(p => p.Version).Description("Phiên bản của hồ sơ đã đọc (Intellectual.version); nếu hồ sơ đã được người khác sửa sau đó, thao tác bị từ chối với mã CONFLICT.");
        Field(p => p.FullName, nullable: true).Description("Họ và tên.");
        Field<EnumType<Gender>>("gender").Description("Giới tính.");
        Field(p => p.DateOfBirth, type: typeof(DateOnlyGraphType)).Description("Ngày sinh (cần quyền xem dữ liệu cá nhân).").Sensitive();
        Field(p => p.EthnicGroupCode, nullable: true).Description("Mã dân tộc (01–54; cần quyền xem dữ liệu cá nhân).").Sensitive();
        Field(p => p.NationalId, nullable: true).Description("Số định danh cá nhân, 12 chữ số (cần quyền xem dữ liệu cá nhân).").Sensitive();
        Field(p => p.StaffCode, nullable: true).Description("Mã cán bộ của đơn vị.");
        Field(p => p.Phone, nullable: true).Description("Số điện thoại, 10 chữ số (cần quyền xem dữ liệu cá nhân).").Sensitive();
        Field(p => p.Email, nullable: true).Description("Thư điện tử.");
        Field(p => p.UnitId, type: typeof(IdGraphType)).Description("Đơn vị công tác.");
        Field(p => p.JobTitle, nullable: true).Description("Chức danh, vị trí việc làm.");
        Field(p => p.FieldCode, nullable: true).Description("Mã lĩnh vực chuyên môn.");
        Field(p => p.IsPublicSector, nullable: true).Description("Làm việc trong khu vực công.");
        Field(p => p.IsRemotePosting, nullable: true).Description("Công tác ở vùng sâu, vùng xa, biên giới.");
        Field<EnumType<AcademicTitle>>("academicTitle").Description("Học hàm.");
        Field(p => p.AcademicTitleYear, nullable: true).Description("Năm được phong học hàm.");
        Field<EnumType<PoliticalTheoryLevel>>("politicalTheoryLevel").Description("Trình độ lý luận chính trị.");
    }
}

public sealed class IntellectualFilterType : InputObjectGraphType<IntellectualFilter>
{
    public IntellectualFilterType()
    {
        Name = "IntellectualFilter";
        Description = "Bộ lọc danh sách trí thức; các điều kiện kết hợp với nhau (và).";
        Field(f => f.UnitId, type: typeof(IdGraphType)).Description("Đơn vị, gồm mọi đơn vị trực thuộc.");
        Field(f => f.FieldCode, nullable: true).Description("Lĩnh vực chuyên môn.");
        Field<EnumType<Gender>>("gender").Description("Giới tính.");
        Field(f => f.EthnicMinority, nullable: true).Description("Chỉ người dân tộc thiểu số (true) hoặc dân tộc Kinh (false).");
        Field(f => f.AgeFrom, nullable: true).Description("Từ tuổi.");
        Field(f => f.AgeTo, nullable: true).Description("Đến tuổi.");
        Field<EnumType<EmploymentStatus>>("status").Description("Tình trạng công tác.");
        Field(f => f.RemotePosting, nullable: true).Description("Công tác ở vùng sâu, vùng xa, biên giới.");
        Field(f => f.PublicSector, nullable: true).Description("Làm việc trong khu vực công.");
        Field<EnumType<Degree>>("degree").Description("Có văn bằng này.");
        Field<EnumType<AcademicTitle>>("academicTitle").Description("Có học hàm này.");
        Field(f => f.Leader, nullable: true).Description("Đang giữ chức vụ lãnh đạo, quản lý.");
        Field(f => f.TrainedInYear, nullable: true).Description("Có khóa bồi dưỡng kết thúc trong năm này.");
        Field(f => f.Search, nullable: true).Description("Tìm theo tên, không phân biệt dấu: \"nguyen van an\" tìm được \"Nguyễn Văn An\".");
    }
}
