using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Health.Education;

public sealed class HealthCmeActivityType : ObjectGraphType<CmeActivity>
{
    public HealthCmeActivityType()
    {
        Name = "HealthCmeActivity";
        Description = "Một hoạt động đào tạo liên tục (Thông tư 32/2023/TT-BYT); khi hoàn thành được ghi vào hồ sơ bồi dưỡng của người đó (cập nhật kiến thức).";
        Field(a => a.Id, type: typeof(NonNullGraphType<IdGraphType>));
        this.PersonField("person", a => a.PersonId).Description("Người học (hồ sơ trong cơ sở dữ liệu trí thức).");
        Field(a => a.Title).Description("Tên khóa học, hoạt động.");
        Field(a => a.Provider).Description("Cơ sở đào tạo, đơn vị tổ chức.");
        Field<NonNullGraphType<EnumType<CmeForm>>>("form").Description("Hình thức.").Resolve(c => c.Source.Form);
        Field(a => a.StartedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày bắt đầu.");
        Field(a => a.CompletedOn, type: typeof(DateOnlyGraphType)).Description("Ngày hoàn thành; trống khi chưa hoàn thành.");
        Field(a => a.Hours).Description("Số giờ (tiết) được tính.");
        Field(a => a.Certificate, nullable: true).Description("Số chứng chỉ, giấy chứng nhận.");
    }
}

public sealed class HealthCmeActivityInputType : InputObjectGraphType<CmeInput>
{
    public HealthCmeActivityInputType()
    {
        Name = "HealthCmeActivityInput";
        Description = "Một hoạt động đào tạo liên tục; có ngày hoàn thành thì được báo sang cơ sở dữ liệu trí thức ngay.";
        Field(a => a.PersonId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Người học.");
        Field(a => a.Title).Description($"Tên, tối đa {CmeRules.MaxTitleLength} ký tự.");
        Field(a => a.Provider).Description("Cơ sở đào tạo.");
        Field<NonNullGraphType<EnumType<CmeForm>>>("form").Description("Hình thức.");
        Field(a => a.StartedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày bắt đầu; không sau hôm nay.");
        Field(a => a.CompletedOn, type: typeof(DateOnlyGraphType)).Description("Ngày hoàn thành, nếu đã hoàn thành.");
        Field(a => a.Hours).Description($"Số giờ, từ 1 đến {CmeRules.MaxHours}.");
        Field(a => a.Certificate, nullable: true).Description("Số chứng chỉ; mỗi chứng chỉ chỉ ghi nhận một lần.");
    }
}

public sealed class HealthCmeActivityFilterType : InputObjectGraphType<CmeFilter>
{
    public HealthCmeActivityFilterType()
    {
        Name = "HealthCmeActivityFilter";
        Description = "Bộ lọc hoạt động đào tạo liên tục; các điều kiện kết hợp với nhau (và).";
        Field(f => f.PersonId, type: typeof(IdGraphType)).Description("Của người này.");
        Field(f => f.Completed, nullable: true).Description("Đã hoàn thành (true) hoặc đang học (false).");
        Field(f => f.CompletedFrom, type: typeof(DateOnlyGraphType)).Description("Hoàn thành từ ngày.");
        Field(f => f.CompletedTo, type: typeof(DateOnlyGraphType)).Description("Hoàn thành đến hết ngày.");
    }
}
