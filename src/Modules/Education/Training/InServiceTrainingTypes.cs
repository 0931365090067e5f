using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Education.Training;

public sealed class EducationInServiceTrainingType : ObjectGraphType<InServiceTraining>
{
    public EducationInServiceTrainingType()
    {
        Name = "EducationInServiceTraining";
        Description = "Một khóa bồi dưỡng thường xuyên của giáo viên; khi hoàn thành được ghi vào hồ sơ trí thức (bồi dưỡng cập nhật kiến thức).";
        Field(t => t.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(t => t.Title).Description("Tên khóa bồi dưỡng.");
        this.PersonField("person", t => t.PersonId).Description("Giáo viên (hồ sơ trong cơ sở dữ liệu trí thức).");
        Field(t => t.Provider).Description("Đơn vị tổ chức.");
        Field(t => t.Hours).Description("Số tiết/giờ.");
        Field(t => t.StartedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày bắt đầu.");
        Field(t => t.CompletedOn, type: typeof(DateOnlyGraphType)).Description("Ngày hoàn thành; trống khi chưa hoàn thành.");
        Field(t => t.Certificate, nullable: true).Description("Số chứng nhận hoàn thành.");
    }
}

public sealed class EducationInServiceTrainingInputType : InputObjectGraphType<InServiceTrainingInput>
{
    public EducationInServiceTrainingInputType()
    {
        Name = "EducationInServiceTrainingInput";
        Description = "Một khóa bồi dưỡng thường xuyên mới (chưa hoàn thành).";
        Field(t => t.PersonId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Giáo viên.");
        Field(t => t.Title).Description($"Tên khóa, tối đa {InServiceTrainingRules.MaxTitleLength} ký tự.");
        Field(t => t.Provider).Description($"Đơn vị tổ chức, tối đa {InServiceTrainingRules.MaxProviderLength} ký tự.");
        Field(t => t.Hours).Description($"Số tiết/giờ, từ 1 đến {InServiceTrainingRules.MaxHours}.");
        Field(t => t.StartedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày bắt đầu; không sau hôm nay.");
    }
}

public sealed class EducationInServiceTrainingFilterType : InputObjectGraphType<InServiceTrainingFilter>
{
    public EducationInServiceTrainingFilterType()
    {
        Name = "EducationInServiceTrainingFilter";
        Description = "Bộ lọc danh sách khóa bồi dưỡng; các điều kiện kết hợp với nhau (và).";
        Field(f => f.PersonId, type: typeof(IdGraphType)).Description("Của giáo viên này.");
        Field(f => f.Completed, nullable: true).Description("Đã hoàn thành (true) hoặc chưa (false).");
        Field(f => f.Search, nullable: true).Description("Tìm theo tên khóa, không phân biệt dấu.");
    }
}
