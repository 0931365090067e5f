using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Education.TeachingAssignments;

public sealed class EducationTeachingAssignmentType : ObjectGraphType<TeachingAssignment>
{
    public EducationTeachingAssignmentType()
    {
        Name = "EducationTeachingAssignment";
        Description = "Một phân công giảng dạy: một giáo viên (trí thức trong Sổ đăng ký) dạy một môn tại một trường, từ ngày đến ngày.";
        Field(t => t.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(t => t.Title).Description("Môn dạy.");
        this.PersonField("person", t => t.PersonId).Description("Trí thức (hồ sơ trong cơ sở dữ liệu trí thức).");
        Field(t => t.UnitId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Đơn vị (trong cơ sở dữ liệu trí thức).");
        Field(t => t.StartedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Từ ngày.");
        Field(t => t.EndedOn, type: typeof(DateOnlyGraphType)).Description("Đến hết ngày; trống khi còn hiệu lực.");
        Field<EnumType<Employment>>("employment").Resolve(c => c.Source.Employment).Description("Biên chế hay hợp đồng; trống khi chưa ghi nhận.");
        Field(t => t.IsCoreTeacher).Description("Giáo viên cốt cán theo phân công này.");
    }
}

public sealed class EducationTeachingAssignmentInputType : InputObjectGraphType<TeachingAssignmentInput>
{
    public EducationTeachingAssignmentInputType()
    {
        Name = "EducationTeachingAssignmentInput";
        Description = "Một phân công giảng dạy mới.";
        Field(t => t.PersonId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Trí thức.");
        Field(t => t.UnitId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Đơn vị, đang hoạt động vào ngày bắt đầu.");
        Field(t => t.Title).Description($"Môn dạy, tối đa {TeachingAssignmentRules.MaxTitleLength} ký tự.");
        Field(t => t.StartedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Từ ngày; không sau hôm nay.");
        Field<EnumType<Employment>>("employment").Description("Biên chế hay hợp đồng; có thể để trống.");
        Field(t => t.IsCoreTeacher, nullable: true).Description("Giáo viên cốt cán (mặc định: không); chỉ ghi được khi hồ sơ đủ điều kiện theo Điều 12 Thông tư 20/2018/TT-BGDĐT.");
    }
}

public sealed class EducationTeachingAssignmentTermsInputType : InputObjectGraphType<TeachingAssignmentTermsInput>
{
    public EducationTeachingAssignmentTermsInputType()
    {
        Name = "EducationTeachingAssignmentTermsInput";
        Description = "Hình thức làm việc và vai trò cốt cán của một phân công, thay cho giá trị đang ghi.";
        Field<EnumType<Employment>>("employment").Description("Biên chế hay hợp đồng; để trống là chưa ghi nhận.");
        Field(t => t.IsCoreTeacher).Description("Giáo viên cốt cán; bật lên chỉ được khi hồ sơ đủ điều kiện theo Điều 12 Thông tư 20/2018/TT-BGDĐT.");
    }
}

public sealed class EducationTeachingAssignmentFilterType : InputObjectGraphType<TeachingAssignmentFilter>
{
    public EducationTeachingAssignmentFilterType()
    {
        Name = "EducationTeachingAssignmentFilter";
        Description = "Bộ lọc danh sách; các điều kiện kết hợp với nhau (và).";
        Field(f => f.UnitId, type: typeof(IdGraphType)).Description("Đơn vị, gồm mọi đơn vị trực thuộc.");
        Field(f => f.PersonId, type: typeof(IdGraphType)).Description("Của trí thức này.");
        Field(f => f.ActiveOn, type: typeof(DateOnlyGraphType)).Description("Còn hiệu lực vào ngày này.");
        Field(f => f.Search, nullable: true).Description("Tìm theo tên, không phân biệt dấu.");
    }
}
