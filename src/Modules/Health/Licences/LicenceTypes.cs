using Microsoft.Extensions.DependencyInjection;
using TriThuc.Modules.Health.Education;
using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Health.Licences;

public sealed class HealthLicenceType : ObjectGraphType<PractisingLicence>
{
    public HealthLicenceType()
    {
        Name = "HealthLicence";
        Description = "Giấy phép hành nghề khám bệnh, chữa bệnh (Luật Khám bệnh, chữa bệnh 15/2023/QH15, Điều 27), thời hạn 5 năm.";
        Field(l => l.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(l => l.Number).Description("Số giấy phép.");
        this.PersonField("holder", l => l.HolderId).Description("Người được cấp (hồ sơ trong cơ sở dữ liệu trí thức).");
        Field<NonNullGraphType<EnumType<ProfessionalTitle>>>("title").Description("Chức danh chuyên môn.").Resolve(c => c.Source.Title);
        Field(l => l.Scope).Description("Phạm vi hành nghề.");
        Field(l => l.Issuer).Description("Cơ quan cấp.");
        Field(l => l.IssuedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày cấp.");
        Field(l => l.ExpiresOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Còn hạn đến hết ngày này (đã tính các lần gia hạn).");
        Field<EnumType<LicenceStatus>>("status")
            .Description("Tình trạng vào ngày đã cho (mặc định hôm nay), suy ra từ ngày cấp, hạn và các quyết định; trống trước ngày cấp.")
            .Argument<DateOnlyGraphType>("on", "Ngày (mặc định hôm nay).")
            .Resolve(c => c.Source.StatusOn(c.GetArgument<DateOnly?>("on") ?? Today(c)));
        Field<NonNullGraphType<DateOnlyGraphType>>("renewalDueBy")
            .Description($"Hạn chót nộp hồ sơ gia hạn: trước ngày hết hạn ít nhất {LicenceRenewalRules.DaysBeforeExpiry} ngày.")
            .Resolve(c => LicenceRenewalRules.LastFilingDay(c.Source));
        Field<NonNullGraphType<DateOnlyGraphType>>("cycleStart")
            .Description("Ngày đầu chu kỳ đào tạo liên tục 5 năm của thời hạn đang chạy (kết thúc vào ngày hết hạn).")
            .Resolve(c => c.Source.CycleStartOn(Today(c)));
        Field<NonNullGraphType<IntGraphType>>("cmeHours")
            .Description($"Số giờ đào tạo liên tục đã hoàn thành trong chu kỳ; cần {CmeRules.HoursPerCycle} giờ để gia hạn.")
            .Resolve(c => CmeHours(c));
        Field<NonNullGraphType<IntGraphType>>("cmeHoursMissing")
            .Description("Số giờ đào tạo liên tục còn thiếu trước khi gia hạn (0 khi đã đủ).")
            .Resolve(c => CmeHours(c).Then(LicenceRenewalRules.MissingHours));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HealthLicenceDecisionType>>>>("decisions")
            .Description("Các quyết định đình chỉ, cho hành nghề trở lại, thu hồi, theo ngày.")
            .Resolve(c => c.Source.Decisions.OrderBy(d => d.DecidedOn).ThenBy(d => d.Id).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HealthLicenceRenewalType>>>>("renewals")
            .Description("Các lần gia hạn, theo ngày nộp.")
            .Resolve(c => c.Source.Renewals.OrderBy(r => r.FiledOn).ToList());
    }

    private static DateOnly Today(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<IClock>().Today;

    private static GraphQL.DataLoader.IDataLoaderResult<int> CmeHours(IResolveFieldContext<PractisingLicence> c)
    {
        var start = c.Source.CycleStartOn(Today(c));
        return c.RequestServices!.GetRequiredService<CmeLoaders>().Hours(c.Source.HolderId, start, c.Source.ExpiryOn(Today(c)));
    }
}

public sealed class HealthLicenceDecisionType : ObjectGraphType<LicenceDecision>
{
    public HealthLicenceDecisionType()
    {
        Name = "HealthLicenceDecision";
        Description = "Một quyết định về giấy phép hành nghề, có hiệu lực từ ngày quyết định.";
        Field(d => d.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<EnumType<LicenceDecisionKind>>>("kind").Description("Loại quyết định.").Resolve(c => c.Source.Kind);
        Field(d => d.Number).Description("Số quyết định.");
        Field(d => d.DecidedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Có hiệu lực từ ngày.");
        Field(d => d.Reason).Description("Lý do (dữ liệu cá nhân: cần quyền đọc dữ liệu cá nhân, mỗi lần đọc được ghi nhật ký).").Sensitive();
    }
}

public sealed class HealthLicenceRenewalType : ObjectGraphType<LicenceRenewal>
{
    public HealthLicenceRenewalType()
    {
        Name = "HealthLicenceRenewal";
        Description = "Một lần gia hạn giấy phép hành nghề (Nghị định 96/2023/NĐ-CP).";
        Field(r => r.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(r => r.FiledOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày nộp hồ sơ gia hạn.");
        Field(r => r.PreviousExpiry, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Hạn trước khi gia hạn.");
        Field(r => r.NewExpiry, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Hạn mới.");
        Field(r => r.CmeHours).Description("Số giờ đào tạo liên tục của chu kỳ khi nộp hồ sơ.");
    }
}

public sealed class HealthLicenceInputType : InputObjectGraphType<LicenceInput>
{
    public HealthLicenceInputType()
    {
        Name = "HealthLicenceInput";
        Description = "Một giấy phép hành nghề được cấp; hạn là 5 năm từ ngày cấp.";
        Field(l => l.HolderId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Người được cấp (trí thức trong cơ sở dữ liệu).");
        Field(l => l.Number).Description($"Số giấy phép, duy nhất, tối đa {LicenceRules.MaxNumberLength} ký tự.");
        Field<NonNullGraphType<EnumType<ProfessionalTitle>>>("title").Description("Chức danh chuyên môn; mỗi người chỉ có một giấy phép còn hiệu lực cho một chức danh.");
        Field(l => l.Scope).Description("Phạm vi hành nghề.");
        Field(l => l.Issuer).Description("Cơ quan cấp.");
        Field(l => l.IssuedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày cấp; không sau hôm nay.");
    }
}

public sealed class HealthLicenceDecisionInputType : InputObjectGraphType<LicenceDecisionInput>
{
    public HealthLicenceDecisionInputType()
    {
        Name = "HealthLicenceDecisionInput";
        Description = "Một quyết định đình chỉ, cho hành nghề trở lại hoặc thu hồi giấy phép.";
        Field(d => d.Number).Description("Số quyết định.");
        Field(d => d.DecidedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Có hiệu lực từ ngày; không trước quyết định trước đó, không sau hôm nay.");
        Field(d => d.Reason).Description("Lý do (dữ liệu cá nhân).");
    }
}

public sealed class HealthLicenceFilterType : InputObjectGraphType<LicenceFilter>
{
    public HealthLicenceFilterType()
    {
        Name = "HealthLicenceFilter";
        Description = "Bộ lọc danh sách giấy phép; các điều kiện kết hợp với nhau (và).";
        Field(f => f.HolderId, type: typeof(IdGraphType)).Description("Của người này.");
        Field<EnumType<ProfessionalTitle>>("title").Description("Chức danh chuyên môn.");
        Field(f => f.FacilityId, type: typeof(IdGraphType)).Description("Của những người đang ở cơ sở y tế này (theo đơn vị trong cơ sở dữ liệu trí thức).");
        Field(f => f.Number, nullable: true).Description("Số giấy phép.");
    }
}
