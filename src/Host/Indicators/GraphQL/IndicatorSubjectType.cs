namespace TriThuc.Host.Indicators.GraphQL;

internal sealed class IndicatorSubjectType : ObjectGraphType<IndicatorSubjectEntry>
{
    public IndicatorSubjectType()
    {
        Name = "IndicatorSubject";
        Description = "Một người (hoặc đề tài, khoản tiền) được tính vào chỉ tiêu. Khóa: id (của bản ghi ở phân hệ cung cấp chỉ tiêu).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Mã hồ sơ ở phân hệ cung cấp chỉ tiêu (với người: mã trí thức).").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Description("Họ tên người, hoặc tên bản ghi.").Resolve(c => c.Source.Name);
        Field<StringGraphType>("unitName").Description("Đơn vị được tính vào, như vào ngày đo.").Resolve(c => c.Source.UnitName);
        Field<NonNullGraphType<BooleanGraphType>>("inNumerator").Description("Có được tính vào tử số không.").Resolve(c => c.Source.InNumerator);
        Field<NonNullGraphType<BooleanGraphType>>("processingRestricted")
            .Description("Dữ liệu của người này đang bị hạn chế xử lý: người vẫn được đếm (lưu giữ), nhưng không được dùng thêm vào việc khác.")
            .Resolve(c => c.RequestServices!.GetRequiredService<SharedKernel.Privacy.RestrictionFlags>().Of(c.Source.Id));
        Field<NonNullGraphType<DecimalGraphType>>("weight").Description("1 với người, đề tài; số tiền với chỉ tiêu tiền.").Resolve(c => c.Source.Weight);
    }
}
