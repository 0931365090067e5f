using Microsoft.Extensions.DependencyInjection;

namespace TriThuc.Modules.Health.Education;

/// <summary>Continuing medical education: the list, recording and completing an activity, a person's activities and hours.</summary>
internal sealed class CmeFields : ModuleFields
{
    public override void AddTo(GraphQLContribution graphql)
    {
        graphql.Query.Paged<HealthCmeActivityType>("healthCmeActivities")
            .Description("Hoạt động đào tạo liên tục, mới bắt đầu nhất trước.")
            .Argument<HealthCmeActivityFilterType>("filter")
            .Access(FieldAccess.Records)
            .Page((CmeService cme, FieldArgs a) => cme.Query(a.Filter<CmeFilter>()));

        graphql.Mutation.Field<NonNullGraphType<HealthCmeActivityType>>("recordHealthCmeActivity")
            .Description("Ghi nhận một hoạt động đào tạo liên tục (đã hoàn thành hoặc đang học).")
            .Argument<NonNullGraphType<HealthCmeActivityInputType>>("input")
            .Writes()
            .ResolveAsync((CmeService cme, FieldArgs a) => cme.RecordAsync(a.Input<CmeInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<HealthCmeActivityType>>("completeHealthCmeActivity")
            .Description("Ghi nhận hoạt động đã hoàn thành; được ghi vào hồ sơ bồi dưỡng của người học đúng một lần.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("completedOn", "Ngày hoàn thành.")
            .Argument<StringGraphType>("certificate", "Số chứng chỉ.")
            .Writes()
            .ResolveAsync((CmeService cme, FieldArgs a) => cme.CompleteAsync(a.Id, a.Get<DateOnly>("completedOn"), a.Get<string?>("certificate", null), a.Cancellation));

        var person = graphql.Extend("Intellectual");
        person.Field<NonNullGraphType<ListGraphType<NonNullGraphType<HealthCmeActivityType>>>>("healthCmeActivities")
            .Description("Các hoạt động đào tạo liên tục của người này.")
            .Access(FieldAccess.Records)
            .Resolve((CmeLoaders loaders, FieldArgs a) => loaders.ByPerson.Load(a.SourceId));
        person.Field<NonNullGraphType<IntGraphType>>("healthCmeHours")
            .Description($"Số giờ đào tạo liên tục đã hoàn thành trong chu kỳ 5 năm bắt đầu từ cycleStart (mặc định: 5 năm tính đến hôm nay); mỗi chu kỳ cần {CmeRules.HoursPerCycle} giờ.")
            .Argument<DateOnlyGraphType>("cycleStart", "Ngày đầu chu kỳ (thường là ngày cấp hoặc ngày bắt đầu thời hạn mới của giấy phép).")
            .Access(FieldAccess.Records)
            .Resolve((CmeLoaders loaders, FieldArgs a) =>
            {
                var start = a.Get<DateOnly?>("cycleStart", null) ?? a.Context.RequestServices!.GetRequiredService<IClock>().Today.AddDays(1).AddYears(-5);
                return loaders.Hours(a.SourceId, start, start.AddYears(5).AddDays(-1));
            });
    }
}
