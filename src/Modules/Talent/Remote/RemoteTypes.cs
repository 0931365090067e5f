using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Talent.Remote;

public sealed class TalentRemotePostingType : ObjectGraphType<RemotePosting>
{
    public TalentRemotePostingType()
    {
        Name = "TalentRemotePosting";
        Description = "Quyết định cử, bố trí một người công tác tại một đơn vị từ một ngày.";
        Field(p => p.Id, type: typeof(NonNullGraphType<IdGraphType>));
        this.PersonField("person", p => p.PersonId).Description("Người công tác.");
        Field(p => p.UnitId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Đơn vị công tác (thôn, xã hoặc đơn vị đóng trên địa bàn).");
        Field(p => p.Decision).Description("Số quyết định.");
        Field(p => p.StartsOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Từ ngày.");
        Field(p => p.EndsOn, type: typeof(DateOnlyGraphType)).Description("Đến hết ngày; trống khi còn công tác.");
    }
}

public sealed class TalentRemoteEntitlementType : ObjectGraphType<RemoteEntitlement>
{
    public TalentRemoteEntitlementType()
    {
        Name = "TalentRemoteEntitlement";
        Description = "Một thời kỳ được hưởng hỗ trợ vùng đặc biệt khó khăn (Nghị định 76/2019/NĐ-CP) theo phân loại địa bàn của một quyết định, và các tháng đã chi. Không có id: tính khi được hỏi (khóa: postingId và from).";
        Field(e => e.PostingId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Quyết định công tác.");
        Field(e => e.UnitId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Đơn vị công tác.");
        Field(e => e.From, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Được hưởng từ ngày.");
        Field(e => e.To, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Đến hết ngày.");
        Field(e => e.ClassificationDecision).Description("Quyết định phân loại địa bàn làm căn cứ (ví dụ 861/QĐ-TTg, 60/QĐ-BDTTG).");
        Field(e => e.Months).Description("Số tháng được hưởng phụ cấp thu hút.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DateOnlyGraphType>>>>("paidMonths").Description("Các tháng đã chi (ngày đầu tháng).").Resolve(c => c.Source.PaidMonths);
    }
}

public sealed class TalentRemoteEntitlementChangeType : ObjectGraphType<RemoteEntitlementChange>
{
    public TalentRemoteEntitlementChangeType()
    {
        Name = "TalentRemoteEntitlementChange";
        Description = "Một người bắt đầu hoặc thôi được hưởng do địa bàn công tác được phân loại lại. Không có id: tính khi được hỏi (khóa: postingId với hai ngày đã hỏi).";
        Field(c => c.PostingId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Quyết định công tác.");
        this.PersonField("person", c => c.PersonId).Description("Người công tác.");
        Field(c => c.UnitId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Đơn vị công tác.");
        Field(c => c.Becomes).Description("Đúng: bắt đầu được hưởng; sai: thôi được hưởng.");
        Field(c => c.DecisionBefore, nullable: true).Description("Quyết định phân loại trước.");
        Field(c => c.DecisionAfter, nullable: true).Description("Quyết định phân loại sau.");
    }
}

public sealed class TalentRemotePaymentType : ObjectGraphType<RemotePayment>
{
    public TalentRemotePaymentType()
    {
        Name = "TalentRemotePayment";
        Description = "Một khoản hỗ trợ đã chi cho một tháng.";
        Field(p => p.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(p => p.PostingId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Quyết định công tác.");
        Field<NonNullGraphType<EnumType<RemoteSupportKind>>>("kind").Description("Khoản hỗ trợ.").Resolve(c => c.Source.Kind);
        Field(p => p.Month, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Tháng (ngày đầu tháng).");
    }
}

public sealed class TalentRemotePostingInputType : InputObjectGraphType<RemotePostingInput>
{
    public TalentRemotePostingInputType()
    {
        Name = "TalentRemotePostingInput";
        Description = "Một quyết định công tác.";
        Field(p => p.PersonId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Người công tác.");
        Field(p => p.UnitId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Đơn vị công tác, đang hoạt động vào ngày bắt đầu.");
        Field(p => p.Decision).Description($"Số quyết định, tối đa {RemoteSupportService.MaxDecisionLength} ký tự.");
        Field(p => p.StartsOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Từ ngày.");
        Field(p => p.EndsOn, type: typeof(DateOnlyGraphType)).Description("Đến hết ngày (nếu đã biết).");
    }
}
