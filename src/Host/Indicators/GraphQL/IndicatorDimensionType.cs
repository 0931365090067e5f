namespace TriThuc.Host.Indicators.GraphQL;

internal sealed class IndicatorDimensionType : ObjectGraphType<IndicatorDimension>
{
    public IndicatorDimensionType()
    {
        Name = "IndicatorDimension";
        Description = "Một cách phân tổ chỉ tiêu; dùng key trong breakdown(by:). Không có id: là một phần của chỉ tiêu (khóa trong chỉ tiêu: key).";
        Field<NonNullGraphType<StringGraphType>>("key").Description("Mã cách phân tổ, dùng trong breakdown(by:).").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("name").Description("Tên cách phân tổ.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<BooleanGraphType>>("sensitive")
            .Description("Dữ liệu nhạy cảm: lọc danh sách người theo giá trị này cần quyền personal-data:read.").Resolve(c => c.Source.Sensitive);
    }
}
