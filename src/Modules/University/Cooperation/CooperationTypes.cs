using Microsoft.Extensions.DependencyInjection;
using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.University.Cooperation;

public sealed class UniversityCooperationAgreementType : ObjectGraphType<CooperationAgreement>
{
    public UniversityCooperationAgreementType()
    {
        Name = "UniversityCooperationAgreement";
        Description = "Một thỏa thuận hợp tác của phân hiệu với đối tác trong nước hoặc nước ngoài; các hoạt động hợp tác nằm trong thời hạn hiệu lực của nó.";
        Field(a => a.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<StringGraphType>>("partner").Description("Tên đối tác.").Resolve(c => c.Source.Title);
        Field(a => a.Country).Description("Quốc gia của đối tác.");
        Field<NonNullGraphType<EnumType<AgreementOrigin>>>("origin").Description("Trong nước hay nước ngoài.").Resolve(c => c.Source.Origin);
        Field<NonNullGraphType<EnumType<AgreementType>>>("type").Description("Loại văn bản.").Resolve(c => c.Source.Type);
        Field(a => a.Scope).Description("Phạm vi, nội dung hợp tác.");
        Field(a => a.SignedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày ký.");
        Field(a => a.ValidFrom, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Có hiệu lực từ ngày.");
        Field(a => a.ValidTo, type: typeof(DateOnlyGraphType)).Description("Hết hiệu lực sau ngày này; trống khi không thời hạn.");
        Field(a => a.ResponsibleUnitId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Đơn vị phụ trách (đơn vị thuộc phân hiệu trong cơ sở dữ liệu trí thức).");
        Field<StringGraphType>("responsibleUnitName").Description("Tên đơn vị phụ trách.")
            .ResolveAsync(async c => (await c.RequestServices!.GetRequiredService<IUnitDirectory>().GetAllAsync(c.CancellationToken))
                .FirstOrDefault(u => u.Id == c.Source.ResponsibleUnitId)?.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UniversityCooperationActivityType>>>>("activities")
            .Description("Các hoạt động trong thỏa thuận, theo ngày bắt đầu.")
            .Resolve(c => c.RequestServices!.GetRequiredService<CooperationLoaders>().Activities.Load(c.Source.Id));
    }
}

public sealed class UniversityCooperationActivityType : ObjectGraphType<CooperationActivity>
{
    public UniversityCooperationActivityType()
    {
        Name = "UniversityCooperationActivity";
        Description = "Một hoạt động hợp tác (trao đổi, dự án chung, chuyên gia đến, giảng viên đi) trong thời hạn của một thỏa thuận.";
        Field(a => a.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<UniversityCooperationAgreementType>>("agreement").Description("Thỏa thuận hợp tác.")
            .Resolve(c => c.RequestServices!.GetRequiredService<CooperationLoaders>().AgreementById.Load(c.Source.AgreementId));
        Field<NonNullGraphType<EnumType<ActivityKind>>>("kind").Description("Loại hoạt động.").Resolve(c => c.Source.Kind);
        Field(a => a.Title).Description("Nội dung hoạt động.");
        Field(a => a.StartDate, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày bắt đầu.");
        Field(a => a.EndDate, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày kết thúc.");
        this.PeopleField("participants", a => a.Participants.Select(p => p.PersonId)).Description("Trí thức tham gia (hồ sơ trong cơ sở dữ liệu trí thức).");
    }
}

public sealed class UniversityCooperationAgreementInputType : InputObjectGraphType<CooperationAgreementInput>
{
    public UniversityCooperationAgreementInputType()
    {
        Name = "UniversityCooperationAgreementInput";
        Description = "Một thỏa thuận hợp tác mới.";
        Field(a => a.Partner).Description($"Tên đối tác, tối đa {CooperationRules.MaxPartnerLength} ký tự.");
        Field(a => a.Country, nullable: true).Description("Quốc gia của đối tác; mặc định Việt Nam với đối tác trong nước.");
        Field<NonNullGraphType<EnumType<AgreementOrigin>>>("origin").Description("Trong nước hay nước ngoài.");
        Field<NonNullGraphType<EnumType<AgreementType>>>("type").Description("Loại văn bản.");
        Field(a => a.Scope).Description($"Phạm vi, nội dung hợp tác, tối đa {CooperationRules.MaxScopeLength} ký tự.");
        Field(a => a.SignedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày ký; không sau hôm nay.");
        Field(a => a.ValidFrom, type: typeof(DateOnlyGraphType)).Description("Có hiệu lực từ ngày (mặc định ngày ký).");
        Field(a => a.ValidTo, type: typeof(DateOnlyGraphType)).Description("Hết hiệu lực sau ngày này; để trống khi không thời hạn.");
        Field(a => a.ResponsibleUnitId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Đơn vị phụ trách: phân hiệu hoặc một đơn vị thuộc phân hiệu, đang hoạt động vào ngày ký.");
    }
}

public sealed class UniversityCooperationActivityInputType : InputObjectGraphType<CooperationActivityInput>
{
    public UniversityCooperationActivityInputType()
    {
        Name = "UniversityCooperationActivityInput";
        Description = "Một hoạt động trong một thỏa thuận hợp tác; phải nằm trong thời hạn hiệu lực của thỏa thuận.";
        Field(a => a.AgreementId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Thỏa thuận hợp tác.");
        Field<NonNullGraphType<EnumType<ActivityKind>>>("kind").Description("Loại hoạt động.");
        Field(a => a.Title).Description($"Nội dung, tối đa {CooperationRules.MaxTitleLength} ký tự.");
        Field(a => a.StartDate, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày bắt đầu; từ ngày thỏa thuận có hiệu lực.");
        Field(a => a.EndDate, type: typeof(DateOnlyGraphType)).Description("Ngày kết thúc (mặc định ngày bắt đầu); không sau ngày thỏa thuận hết hiệu lực.");
        Field(a => a.ParticipantIds, type: typeof(ListGraphType<NonNullGraphType<IdGraphType>>)).Description("Trí thức tham gia (không bắt buộc).");
    }
}

public sealed class UniversityCooperationAgreementFilterType : InputObjectGraphType<CooperationAgreementFilter>
{
    public UniversityCooperationAgreementFilterType()
    {
        Name = "UniversityCooperationAgreementFilter";
        Description = "Bộ lọc thỏa thuận hợp tác; các điều kiện kết hợp với nhau (và).";
        Field<EnumType<AgreementOrigin>>("origin").Description("Trong nước hay nước ngoài.");
        Field<EnumType<AgreementType>>("type").Description("Loại văn bản.");
        Field(f => f.Country, nullable: true).Description("Quốc gia, không phân biệt dấu.");
        Field(f => f.InForceOn, type: typeof(DateOnlyGraphType)).Description("Còn hiệu lực vào ngày.");
        Field(f => f.ResponsibleUnitId, type: typeof(IdGraphType)).Description("Đơn vị phụ trách.");
        Field(f => f.Search, nullable: true).Description("Tìm theo tên đối tác, không phân biệt dấu.");
    }
}

public sealed class UniversityCooperationActivityFilterType : InputObjectGraphType<CooperationActivityFilter>
{
    public UniversityCooperationActivityFilterType()
    {
        Name = "UniversityCooperationActivityFilter";
        Description = "Bộ lọc hoạt động hợp tác; các điều kiện kết hợp với nhau (và).";
        Field(f => f.AgreementId, type: typeof(IdGraphType)).Description("Thỏa thuận.");
        Field<EnumType<ActivityKind>>("kind").Description("Loại hoạt động.");
        Field(f => f.From, type: typeof(DateOnlyGraphType)).Description("Kết thúc từ ngày.");
        Field(f => f.To, type: typeof(DateOnlyGraphType)).Description("Bắt đầu đến hết ngày.");
        Field(f => f.PersonId, type: typeof(IdGraphType)).Description("Có trí thức này tham gia.");
        Field(f => f.Search, nullable: true).Description("Tìm theo nội dung, không phân biệt dấu.");
    }
}
