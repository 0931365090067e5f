using Microsoft.Extensions.DependencyInjection;

namespace TriThuc.Modules.Talent.Experts;

public sealed class TalentExpertType : ObjectGraphType<Expert>
{
    public TalentExpertType()
    {
        Name = "TalentExpert";
        Description = "Chuyên gia là người Việt Nam ở nước ngoài hoặc người nước ngoài hợp tác với tỉnh (Luật 93/2025/QH15, Nghị định 249/2025/NĐ-CP).";
        Field(e => e.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<StringGraphType>>("fullName").Description("Họ và tên.").Resolve(c => c.Source.Title);
        Field<NonNullGraphType<EnumType<ExpertOrigin>>>("origin").Description("Người Việt Nam ở nước ngoài hay người nước ngoài.").Resolve(c => c.Source.Origin);
        Field(e => e.Country).Description("Quốc gia nơi chuyên gia sinh sống, làm việc.");
        Field(e => e.FieldCode).Description("Mã lĩnh vực chuyên môn (theo cơ sở dữ liệu trí thức).");
        Field(e => e.Organisation).Description("Cơ quan, tổ chức chuyên gia đang làm việc.");
        Field(e => e.IntellectualId, type: typeof(IdGraphType)).Description("Trí thức trong cơ sở dữ liệu trí thức là chính chuyên gia này, nếu đã được liên kết; trống với phần lớn chuyên gia.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TalentExpertEngagementType>>>>("engagements")
            .Description("Các đợt làm việc với đơn vị trong tỉnh, theo ngày bắt đầu.")
            .Resolve(c => c.RequestServices!.GetRequiredService<ExpertLoaders>().Engagements.Load(c.Source.Id));
    }
}

public sealed class TalentExpertEngagementType : ObjectGraphType<ExpertEngagement>
{
    public TalentExpertEngagementType()
    {
        Name = "TalentExpertEngagement";
        Description = "Một đợt chuyên gia làm việc với một đơn vị chủ trì, theo văn bản chấp thuận, và các đề tài, thỏa thuận hợp tác chuyên gia tham gia.";
        Field(g => g.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(g => g.ExpertId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Chuyên gia.");
        Field(g => g.HostUnitId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Đơn vị chủ trì, tiếp nhận chuyên gia (cơ sở dữ liệu trí thức).");
        Field(g => g.Purpose).Description("Mục đích, nội dung làm việc.");
        Field(g => g.StartsOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Từ ngày.");
        Field(g => g.EndsOn, type: typeof(DateOnlyGraphType)).Description("Đến hết ngày; trống khi chưa xác định.");
        Field(g => g.ApprovalNumber).Description("Số quyết định, văn bản chấp thuận.");
        Field(g => g.ApprovedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày chấp thuận.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TalentExpertWorkType>>>>("work")
            .Description("Đề tài khoa học và công nghệ, thỏa thuận hợp tác chuyên gia tham gia trong đợt này.")
            .Resolve(c => c.Source.Work.OrderBy(w => w.Kind).ThenBy(w => w.TargetId).ToList());
    }
}

public sealed class TalentExpertWorkType : ObjectGraphType<ExpertWork>
{
    public TalentExpertWorkType()
    {
        Name = "TalentExpertWork";
        Description = "Một đề tài (Sở Khoa học và Công nghệ) hoặc thỏa thuận hợp tác (Phân hiệu Đại học) chuyên gia tham gia, theo mã của phân hệ đó.";
        Field(w => w.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<EnumType<ExpertWorkKind>>>("kind").Description("Loại: đề tài hay thỏa thuận hợp tác.").Resolve(c => c.Source.Kind);
        Field(w => w.TargetId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Mã (id) của đề tài hoặc thỏa thuận hợp tác ở phân hệ đó.");
    }
}

public sealed class TalentExpertInputType : InputObjectGraphType<ExpertInput>
{
    public TalentExpertInputType()
    {
        Name = "TalentExpertInput";
        Description = "Thông tin một chuyên gia.";
        Field(e => e.FullName).Description($"Họ và tên, tối đa {ExpertRules.MaxNameLength} ký tự.");
        Field<NonNullGraphType<EnumType<ExpertOrigin>>>("origin").Description("Người Việt Nam ở nước ngoài hay người nước ngoài.");
        Field(e => e.Country).Description($"Quốc gia, tối đa {ExpertRules.MaxCountryLength} ký tự.");
        Field(e => e.FieldCode).Description("Mã lĩnh vực chuyên môn (theo cơ sở dữ liệu trí thức).");
        Field(e => e.Organisation).Description($"Cơ quan, tổ chức, tối đa {ExpertRules.MaxOrganisationLength} ký tự.");
        Field(e => e.IntellectualId, type: typeof(IdGraphType)).Description("Trí thức trong cơ sở dữ liệu trí thức là chính chuyên gia này (người đó có trong cơ sở dữ liệu); bỏ trống là không liên kết. Bản ghi đã gộp vào bản ghi khác không được chọn.");
    }
}

public sealed class TalentExpertEngagementInputType : InputObjectGraphType<EngagementInput>
{
    public TalentExpertEngagementInputType()
    {
        Name = "TalentExpertEngagementInput";
        Description = "Một đợt làm việc của chuyên gia: ngày chấp thuận ≤ ngày bắt đầu ≤ ngày kết thúc.";
        Field(g => g.HostUnitId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Đơn vị chủ trì, đang hoạt động vào ngày bắt đầu.");
        Field(g => g.Purpose).Description($"Mục đích, nội dung làm việc, tối đa {ExpertRules.MaxPurposeLength} ký tự.");
        Field(g => g.StartsOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Từ ngày; không trước ngày chấp thuận.");
        Field(g => g.EndsOn, type: typeof(DateOnlyGraphType)).Description("Đến hết ngày (nếu đã biết); không trước ngày bắt đầu.");
        Field(g => g.ApprovalNumber).Description($"Số quyết định, văn bản chấp thuận, tối đa {ExpertRules.MaxNumberLength} ký tự.");
        Field(g => g.ApprovedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày chấp thuận; không sau hôm nay.");
        Field<ListGraphType<NonNullGraphType<TalentExpertWorkInputType>>>("work").Description($"Đề tài, thỏa thuận hợp tác chuyên gia tham gia (tối đa {ExpertRules.MaxWork}).");
    }
}

public sealed class TalentExpertWorkInputType : InputObjectGraphType<ExpertWorkInput>
{
    public TalentExpertWorkInputType()
    {
        Name = "TalentExpertWorkInput";
        Description = "Một đề tài hoặc thỏa thuận hợp tác, theo loại và mã (id) ở phân hệ đó.";
        Field<NonNullGraphType<EnumType<ExpertWorkKind>>>("kind").Description("Loại.");
        Field(w => w.TargetId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Mã (id) của đề tài hoặc thỏa thuận hợp tác.");
    }
}

public sealed class TalentExpertFilterType : InputObjectGraphType<ExpertFilter>
{
    public TalentExpertFilterType()
    {
        Name = "TalentExpertFilter";
        Description = "Bộ lọc chuyên gia; các điều kiện kết hợp với nhau (và).";
        Field(f => f.Search, nullable: true).Description("Tìm theo họ tên, không phân biệt dấu.");
        Field<EnumType<ExpertOrigin>>("origin").Description("Người Việt Nam ở nước ngoài hay người nước ngoài.");
        Field(f => f.FieldCode, nullable: true).Description("Mã lĩnh vực.");
        Field(f => f.HostUnitId, type: typeof(IdGraphType)).Description("Đã làm việc với đơn vị này.");
    }
}
