namespace TriThuc.Host.Reviews.GraphQL;

internal sealed class ReviewSnapshotType : ObjectGraphType<ReviewSnapshot>
{
    public ReviewSnapshotType()
    {
        Name = "ReviewSnapshot";
        Description = "Một đợt sơ kết hoặc tổng kết: mọi chỉ tiêu được chốt tại một ngày, kèm ghi chú. Khóa: id (null với số liệu hiện tại chưa lưu, không nên lưu vào bộ nhớ đệm).";
        Field<IdGraphType>("id").Description("Mã đợt; null với số liệu \"hiện tại\" dùng để so sánh (chưa lưu). Khóa bộ nhớ đệm: id khi có.").Resolve(c => c.Source.IsUnsaved ? (Guid?)null : c.Source.Id);
        Field<NonNullGraphType<EnumType<ReviewKind>>>("kind").Description("Sơ kết hay tổng kết.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("title").Description("Tên đợt.").Resolve(c => c.Source.Title);
        Field<NonNullGraphType<DateOnlyGraphType>>("asOf").Description("Ngày chốt số liệu.").Resolve(c => c.Source.AsOf);
        Field<StringGraphType>("note").Description("Ghi chú, nhận định.").Resolve(c => c.Source.Note);
        Field<DateTimeOffsetGraphType>("takenAt").Description("Thời điểm chốt.").Resolve(c => c.Source.IsUnsaved ? (DateTimeOffset?)null : c.Source.CreatedAt);
        Field<StringGraphType>("takenBy").Description("Người chốt.").Resolve(c => c.Source.IsUnsaved ? null : c.Source.CreatedBy);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewSnapshotIndicatorType>>>>("indicators").Description("Mọi chỉ tiêu đã chốt, theo phân hệ rồi mã.")
            .Resolve(c => c.Source.Indicators.OrderBy(i => i.Module, StringComparer.Ordinal).ThenBy(i => i.Code, StringComparer.Ordinal).ToList());
        Field<StringGraphType>("xlsxUrl").Description("Tải bảng tính .xlsx.").Resolve(c => c.Source.IsUnsaved ? null : ReviewExports.XlsxPath(c.Source.Id));
        Field<StringGraphType>("htmlUrl").Description("Trang in được.").Resolve(c => c.Source.IsUnsaved ? null : ReviewExports.HtmlPath(c.Source.Id));
    }
}
