using Microsoft.Extensions.DependencyInjection;

namespace TriThuc.Host.Indicators.GraphQL;

/// <summary>The root fields that list every module's indicators. Aggregates: any signed-in role, leaders included.</summary>
internal static class IndicatorQueryFields
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorType>>>>("indicators")
            .Description("Mọi chỉ tiêu của các phân hệ đang chạy, lọc theo phân hệ hoặc mã.")
            .Argument<StringGraphType>("module", "Chỉ các chỉ tiêu của phân hệ này (ví dụ \"Science\").")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("codes", "Chỉ các chỉ tiêu có mã này (ví dụ [\"T1\", \"T2\"]).")
            .Access(FieldAccess.Aggregates)
            .Resolve(c =>
            {
                var module = c.GetArgument<string?>("module");
                var codes = c.GetArgument<List<string>?>("codes");
                return c.RequestServices!.GetRequiredService<IndicatorService>().All
                    .Where(i => module is null || string.Equals(i.Module, module, StringComparison.OrdinalIgnoreCase))
                    .Where(i => codes is null || codes.Contains(i.Code, StringComparer.OrdinalIgnoreCase))
                    .ToList();
            });

        query.Field<NonNullGraphType<IndicatorType>>("indicator")
            .Description("Một chỉ tiêu theo mã (ví dụ T1).")
            .Argument<NonNullGraphType<StringGraphType>>("code", "Mã chỉ tiêu, ví dụ \"T1\".")
            .Access(FieldAccess.Aggregates)
            .Resolve(c => c.RequestServices!.GetRequiredService<IndicatorService>().Get(c.GetArgument<string>("code")));
    }
}
