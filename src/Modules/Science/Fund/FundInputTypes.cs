namespace TriThuc.Modules.Science.Fund;

public sealed class ScienceFundContributionInputType : InputObjectGraphType<ContributionInput>
{
    public ScienceFundContributionInputType()
    {
        Name = "ScienceFundContributionInput";
        Description = "Một khoản vốn góp vào Quỹ.";
        Field<NonNullGraphType<EnumType<FundSource>>>("source").Description("Nguồn vốn.");
        Field(c => c.Contributor).Description("Bên góp vốn.");
        Field(c => c.Amount).Description("Số tiền (đồng).");
        Field(c => c.ReceivedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày nhận.");
    }
}

public sealed class ScienceFundCallInputType : InputObjectGraphType<FundCallInput>
{
    public ScienceFundCallInputType()
    {
        Name = "ScienceFundCallInput";
        Description = "Một đợt gọi hồ sơ đề nghị tài trợ.";
        Field(c => c.Code).Description("Mã đợt, duy nhất.");
        Field(c => c.Title).Description("Tên đợt.");
        Field(c => c.OpensOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày mở nhận hồ sơ.");
        Field(c => c.ClosesOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày đóng nhận hồ sơ.");
        Field(c => c.Budget).Description("Ngân sách của đợt (đồng).");
    }
}

public sealed class ScienceFundApplicationInputType : InputObjectGraphType<FundApplicationInput>
{
    public ScienceFundApplicationInputType()
    {
        Name = "ScienceFundApplicationInput";
        Description = "Một hồ sơ đề nghị tài trợ.";
        Field(a => a.CallId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Đợt gọi hồ sơ.");
        Field(a => a.Title).Description("Tên hồ sơ.");
        Field(a => a.ApplicantName).Description("Bên đề nghị.");
        Field(a => a.ApplicantUnitId, type: typeof(IdGraphType)).Description("Đơn vị đề nghị (trong cơ sở dữ liệu trí thức).");
        Field(a => a.ApplicantIntellectualId, type: typeof(IdGraphType)).Description("Trí thức đề nghị.");
        Field(a => a.RequestedAmount).Description("Số tiền đề nghị (đồng).");
        Field(a => a.SubmittedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày nộp.");
    }
}

public sealed class ScienceFundCallFilterType : InputObjectGraphType<FundCallFilter>
{
    public ScienceFundCallFilterType()
    {
        Name = "ScienceFundCallFilter";
        Description = "Bộ lọc danh sách đợt gọi hồ sơ; các điều kiện kết hợp với nhau (và).";
        Field<EnumType<FundCallStatus>>("status").Description("Tình trạng hôm nay.");
        Field(f => f.Year, nullable: true).Description("Đợt có thời gian nhận hồ sơ trong năm này.");
        Field(f => f.Search, nullable: true).Description("Tìm theo mã đợt, không phân biệt hoa thường.");
    }
}

public sealed class ScienceFundContributionFilterType : InputObjectGraphType<FundContributionFilter>
{
    public ScienceFundContributionFilterType()
    {
        Name = "ScienceFundContributionFilter";
        Description = "Bộ lọc vốn góp vào Quỹ; các điều kiện kết hợp với nhau (và).";
        Field<EnumType<FundSource>>("source").Description("Nguồn vốn.");
        Field(f => f.From, type: typeof(DateOnlyGraphType)).Description("Nhận từ ngày này.");
        Field(f => f.To, type: typeof(DateOnlyGraphType)).Description("Nhận đến hết ngày này.");
    }
}

public sealed class ScienceFundApplicationFilterType : InputObjectGraphType<FundApplicationFilter>
{
    public ScienceFundApplicationFilterType()
    {
        Name = "ScienceFundApplicationFilter";
        Description = "Bộ lọc hồ sơ đề nghị tài trợ; các điều kiện kết hợp với nhau (và).";
        Field(f => f.CallId, type: typeof(IdGraphType)).Description("Của đợt gọi hồ sơ này.");
        Field<EnumType<FundApplicationStatus>>("status").Description("Tình trạng.");
    }
}

public sealed class ScienceFundGrantFilterType : InputObjectGraphType<FundGrantFilter>
{
    public ScienceFundGrantFilterType()
    {
        Name = "ScienceFundGrantFilter";
        Description = "Bộ lọc các khoản tài trợ; các điều kiện kết hợp với nhau (và).";
        Field(f => f.CallId, type: typeof(IdGraphType)).Description("Của đợt gọi hồ sơ này.");
        Field(f => f.Year, nullable: true).Description("Quyết định tài trợ trong năm này.");
    }
}
