using Microsoft.Extensions.DependencyInjection;
using TriThuc.Modules.Health.Facilities;
using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Health.Postings;

public sealed class HealthPostingType : ObjectGraphType<Posting>
{
    public HealthPostingType()
    {
        Name = "HealthPosting";
        Description = "Một đợt điều động người hành nghề về cơ sở (luân phiên, tăng cường), theo quyết định.";
        Field(p => p.Id, type: typeof(NonNullGraphType<IdGraphType>));
        this.PersonField("person", p => p.PersonId).Description("Người được điều động.");
        Field<NonNullGraphType<EnumType<PostingKind>>>("kind").Description("Hình thức.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<HealthFacilityType>>("fromFacility").Description("Cơ sở đi.")
            .Resolve(c => c.RequestServices!.GetRequiredService<FacilityLoaders>().ById.Load(c.Source.FromFacilityId));
        Field<NonNullGraphType<HealthFacilityType>>("toFacility").Description("Cơ sở đến.")
            .Resolve(c => c.RequestServices!.GetRequiredService<FacilityLoaders>().ById.Load(c.Source.ToFacilityId));
        Field(p => p.Decision).Description("Số quyết định điều động.");
        Field(p => p.StartsOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Từ ngày.");
        Field(p => p.PlannedEndOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Đến ngày (dự kiến).");
        Field(p => p.EndedOn, type: typeof(DateOnlyGraphType)).Description("Ngày thực tế kết thúc, khi kết thúc sớm.");
    }
}

public sealed class HealthPostingInputType : InputObjectGraphType<PostingInput>
{
    public HealthPostingInputType()
    {
        Name = "HealthPostingInput";
        Description = "Một đợt điều động.";
        Field(p => p.PersonId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Người được điều động.");
        Field<NonNullGraphType<EnumType<PostingKind>>>("kind").Description("Hình thức.");
        Field(p => p.FromFacilityId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Cơ sở đi (hồ sơ cơ sở y tế).");
        Field(p => p.ToFacilityId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Cơ sở đến (hồ sơ cơ sở y tế), đang hoạt động vào ngày bắt đầu.");
        Field(p => p.Decision).Description("Số quyết định điều động.");
        Field(p => p.StartsOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Từ ngày.");
        Field(p => p.PlannedEndOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description($"Đến ngày (dự kiến), trong vòng {PostingRules.MaxYears} năm.");
    }
}

public sealed class HealthPostingFilterType : InputObjectGraphType<PostingFilter>
{
    public HealthPostingFilterType()
    {
        Name = "HealthPostingFilter";
        Description = "Bộ lọc đợt điều động; các điều kiện kết hợp với nhau (và).";
        Field(f => f.PersonId, type: typeof(IdGraphType)).Description("Của người này.");
        Field(f => f.FacilityId, type: typeof(IdGraphType)).Description("Đến cơ sở y tế này.");
        Field(f => f.On, type: typeof(DateOnlyGraphType)).Description("Đang diễn ra vào ngày này: ai đang được điều động đến đó ngày ấy.");
    }
}
