namespace TriThuc.Host.Reviews.GraphQL;

internal sealed class ReviewSnapshotType : ObjectGraphType<ReviewSnapshot>
{
    public ReviewSnapshotType()
    {
        Name = "ReviewSnapshot";
        Description = "Một đợt sơ kết hoặc tổng kết: mọi chỉ tiêu được chốt tại một ngày, kèm ghi chú.";
        Field<IdGraphType>("id").Description("Null với số liệu \"hiện tại\" dùng để so sánh (chưa lưu).").Resolve(c => c.Source.IsUnsaved ? (Guid?)null : c.Source.Id);
        Field<NonNullGraphType<ReviewKindType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        Field<NonNullGraphType<DateOnlyGraphType>>("asOf").Description("Ngày chốt số liệu.").Resolve(c => c.Source.AsOf);
        Field<StringGraphType>("note").Resolve(c => c.Source.Note);
        Field<DateTimeOffsetGraphType>("takenAt").Resolve(c => c.Source.IsUnsaved ? (DateTimeOffset?)null : c.Source.CreatedAt);
        Field<StringGraphType>("takenBy").Resolve(c => c.Source.IsUnsaved ? null : c.Source.CreatedBy);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewSnapshotIndicatorType>>>>("indicators")
            .Resolve(c => c.Source.Indicators.OrderBy(i => i.Module, StringComparer.Ordinal).ThenBy(i => i.Code, StringComparer.Ordinal).ToList());
        Field<StringGraphType>("xlsxUrl").Description("Tải bảng tính .xlsx.").Resolve(c => c.Source.IsUnsaved ? null : ReviewExports.XlsxPath(c.Source.Id));
        Field<StringGraphType>("htmlUrl").Description("Trang in được.").Resolve(c => c.Source.IsUnsaved ? null : ReviewExports.HtmlPath(c.Source.Id));
    }
}
