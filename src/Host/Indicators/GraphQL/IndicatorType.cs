using GraphQL.Builders;
using Microsoft.Extensions.DependencyInjection;
using TriThuc.SharedKernel.Paging;

namespace TriThuc.Host.Indicators.GraphQL;

internal sealed class IndicatorType : ObjectGraphType<RegisteredIndicator>
{
    public IndicatorType()
    {
        Name = "Indicator";
        Description = "Một chỉ tiêu của Chương trình hành động, do một phân hệ cung cấp: định nghĩa, mục tiêu, giá trị, phân tổ, xu hướng, danh sách chi tiết. Khóa: code (duy nhất trên toàn nền tảng).";
        Field<NonNullGraphType<StringGraphType>>("code").Description("Mã chỉ tiêu, ví dụ T1.").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("module").Description("Phân hệ cung cấp chỉ tiêu.").Resolve(c => c.Source.Module);
        Field<NonNullGraphType<StringGraphType>>("name").Description("Tên chỉ tiêu.").Resolve(c => c.Source.Definition.Name);
        Field<NonNullGraphType<StringGraphType>>("description").Description("Định nghĩa bằng lời.").Resolve(c => c.Source.Definition.Description);
        Field<NonNullGraphType<EnumType<IndicatorKind>>>("kind").Description("Cách tính: tỷ lệ, số lượng hay tổng số tiền.").Resolve(c => c.Source.Definition.Kind);
        Field<NonNullGraphType<EnumType<IndicatorPeriodKind>>>("period").Description("Đo tình trạng tại một ngày hay cộng dồn trong năm.").Resolve(c => c.Source.Definition.Period);
        Field<NonNullGraphType<StringGraphType>>("numeratorDefinition").Description("Tử số đếm những gì.").Resolve(c => c.Source.Definition.Numerator);
        Field<StringGraphType>("denominatorDefinition").Description("Mẫu số đếm những gì (chỉ với tỷ lệ).").Resolve(c => c.Source.Definition.Denominator);
        Field<NonNullGraphType<StringGraphType>>("subjectName").Description("Đơn vị đếm: người, đề tài, đồng.").Resolve(c => c.Source.Definition.SubjectName);
        Field<IndicatorTargetType>("target").Description("Mục tiêu của Chương trình; trống khi chỉ tiêu chỉ để theo dõi.").Resolve(c => c.Source.Definition.Target is { } target ? new KindedTarget(c.Source.Definition.Kind, target) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorDimensionType>>>>("dimensions")
            .Description("Các cách phân tổ, đơn vị (unit) đứng đầu.")
            .Resolve(c => c.Source.Definition.Dimensions.Prepend(IndicatorDimension.Unit).ToList());

        Field<NonNullGraphType<BooleanGraphType>>("subjectsRevealPersonalData")
            .Description("Việc có tên trong danh sách chi tiết (subjects) đã cho biết dữ liệu cá nhân (ví dụ tuổi): xem danh sách cần quyền personal-data:read.")
            .Resolve(c => c.Source.Definition.SubjectsRevealPersonalData is not null);

        Field<NonNullGraphType<IndicatorValueType>>("value")
            .Description("Giá trị tại một ngày (at), cho một năm (year: cuối năm, năm nay thì hôm nay) hoặc hôm nay.")
            .Argument<DateOnlyGraphType>("at", "Ngày đo (mặc định: hôm nay).").Argument<IntGraphType>("year", "Năm đo: ngày cuối năm, hoặc hôm nay với năm nay.")
            .ResolveAsync(async c => await Service(c).MeasureAsync(c.Source, Period(c), c.CancellationToken));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorBreakdownRowType>>>>("breakdown")
            .Description("Phân tổ theo một chiều (key trong dimensions): theo đơn vị có cộng dồn cấp dưới, đơn vị đã sáp nhập tính vào đơn vị kế thừa.")
            .Argument<NonNullGraphType<StringGraphType>>("by", "Phân tổ theo: \"unit\" (đơn vị) hoặc key của một chiều trong dimensions.").Argument<DateOnlyGraphType>("at", "Ngày đo (mặc định: hôm nay).").Argument<IntGraphType>("year", "Năm đo: ngày cuối năm, hoặc hôm nay với năm nay.")
            .ResolveAsync(async c => (await Service(c).BreakdownAsync(c.Source, c.GetArgument<string>("by"), Period(c), c.CancellationToken))
                .Select(r => new KindedBreakdownRow(c.Source.Definition.Kind, r)).ToList());

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorTrendPointType>>>>("trend")
            .Description("Giá trị cuối mỗi năm, từ năm gốc của lộ trình (mặc định) đến năm nay.")
            .Argument<IntGraphType>("fromYear", "Năm đầu (mặc định: năm gốc của lộ trình).").Argument<IntGraphType>("toYear", "Năm cuối (mặc định: năm nay).")
            .ResolveAsync(async c => await Service(c).TrendAsync(c.Source, c.GetArgument<int?>("fromYear"), c.GetArgument<int?>("toYear"), c.CancellationToken));

        this.Paged<IndicatorSubjectType>("subjects")
            .Description("Danh sách chi tiết sau con số: những ai trong mẫu số, tử số, theo mã đơn vị rồi mã bản ghi; lọc theo đơn vị (filter.unitId, cả cấp dưới) hoặc một giá trị phân tổ khác đơn vị. Lọc theo chiều nhạy cảm, hoặc chỉ tiêu mà việc có tên đã lộ dữ liệu cá nhân (ví dụ lãnh đạo dưới 40 tuổi), cần quyền personal-data:read và được ghi nhật ký.")
            .Argument<DateOnlyGraphType>("at", "Ngày đo (mặc định: hôm nay).")
            .Argument<IntGraphType>("year", "Năm đo: ngày cuối năm, hoặc hôm nay với năm nay.")
            .Argument<IndicatorSubjectFilterType>("filter")
            .Access(FieldAccess.Records)
            .ResolveAsync(async c =>
            {
                var service = Service(c);
                var indicator = (RegisteredIndicator)c.Source!;
                var filter = c.GetArgument<IndicatorSubjectFilter?>("filter") ?? new IndicatorSubjectFilter(null, null, null, null);
                var all = await service.SubjectsAsync(indicator, Period(c), filter, c.CancellationToken);
                var page = await all.AsQueryable().OrderBy(s => s.UnitCode).ThenBy(s => s.Id).ToConnectionAsync(new FieldArgs(c).Paging, c.CancellationToken);
                var named = await service.NameAsync(indicator, page.Nodes, c.CancellationToken);
                service.RecordSensitiveReads(indicator, filter, named);
                return new Connection<IndicatorSubjectEntry>
                {
                    Edges = page.Edges.Select((edge, i) => edge with { Node = named[i] }).ToList(),
                    PageInfo = page.PageInfo,
                    TotalCount = page.TotalCount,
                };
            });
    }

    private static IndicatorService Service(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<IndicatorService>();

    private static IndicatorPeriod Period(IResolveFieldContext context) =>
        Service(context).PeriodOf(context.GetArgument<DateOnly?>("at"), context.GetArgument<int?>("year"));
}
