using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Science.Fund;

public sealed class ScienceFundContributionType : ObjectGraphType<CapitalContribution>
{
    public ScienceFundContributionType()
    {
        Name = "ScienceFundContribution";
        Description = "Một khoản vốn góp vào Quỹ đầu tư đổi mới sáng tạo.";
        Field(c => c.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<EnumType<FundSource>>>("source").Description("Nguồn vốn.").Resolve(c => c.Source.Source);
        Field(c => c.Contributor).Description("Bên góp vốn.");
        Field(c => c.Amount).Description("Số tiền (đồng).");
        Field(c => c.ReceivedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày nhận.");
    }
}

public sealed class ScienceFundCapitalBySourceType : ObjectGraphType<FundCapitalBySource>
{
    public ScienceFundCapitalBySourceType()
    {
        Name = "ScienceFundCapitalBySource";
        Description = "Tổng vốn Quỹ đã nhận từ một nguồn. Không có id: tính khi được hỏi (khóa: source).";
        Field<NonNullGraphType<EnumType<FundSource>>>("source").Description("Nguồn vốn.").Resolve(c => c.Source.Source);
        Field(c => c.Amount).Description("Tổng số tiền (đồng).");
        Field(c => c.Contributions).Description("Số khoản vốn góp.");
    }
}

public sealed class ScienceFundCallType : ObjectGraphType<FundCall>
{
    public ScienceFundCallType()
    {
        Name = "ScienceFundCall";
        Description = "Một đợt gọi hồ sơ đề nghị tài trợ của Quỹ.";
        Field(c => c.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(c => c.Code).Description("Mã đợt.");
        Field(c => c.Title).Description("Tên đợt.");
        Field(c => c.OpensOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày mở nhận hồ sơ.");
        Field(c => c.ClosesOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày đóng nhận hồ sơ.");
        Field(c => c.Budget).Description("Ngân sách của đợt (đồng): tổng tài trợ không vượt quá số này.");
    }
}

public sealed class ScienceFundApplicationType : ObjectGraphType<FundApplication>
{
    public ScienceFundApplicationType()
    {
        Name = "ScienceFundApplication";
        Description = "Một hồ sơ đề nghị tài trợ.";
        Field(a => a.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(a => a.CallId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Đợt gọi hồ sơ.");
        Field(a => a.Title).Description("Tên hồ sơ.");
        Field(a => a.ApplicantName).Description("Bên đề nghị.");
        Field(a => a.ApplicantUnitId, type: typeof(IdGraphType)).Description("Đơn vị đề nghị (trong cơ sở dữ liệu trí thức).");
        this.PersonField("applicant", a => a.ApplicantIntellectualId, required: false).Description("Trí thức đề nghị (nếu có).");
        Field(a => a.RequestedAmount).Description("Số tiền đề nghị (đồng).");
        Field(a => a.SubmittedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày nộp.");
        Field<NonNullGraphType<EnumType<FundApplicationStatus>>>("status").Description("Tình trạng.").Resolve(c => c.Source.Status);
    }
}

public sealed class ScienceFundGrantType : ObjectGraphType<Grant>
{
    public ScienceFundGrantType()
    {
        Name = "ScienceFundGrant";
        Description = "Một khoản tài trợ Quỹ đã cam kết; được chi qua các lần giải ngân.";
        Field(g => g.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(g => g.ApplicationId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Hồ sơ được tài trợ.");
        Field(g => g.CallId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Đợt gọi hồ sơ.");
        Field(g => g.Name).Description("Tên khoản tài trợ (tên hồ sơ).");
        Field(g => g.Amount).Description("Số tiền tài trợ (đồng).");
        Field(g => g.AwardedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày quyết định tài trợ.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScienceFundDisbursementType>>>>("disbursements").Description("Các lần giải ngân, cũ nhất trước.")
            .Resolve((ScienceLoaders loaders, FieldArgs a) => loaders.DisbursementsByGrant.Load(a.SourceId));
        Field<NonNullGraphType<LongGraphType>>("remaining").Description("Phần chưa giải ngân (đồng).")
            .Resolve((ScienceLoaders loaders, FieldArgs a) => loaders.DisbursementsByGrant.Load(a.SourceId)
                .Then(paid => a.Source<Grant>().Amount - (paid ?? []).Sum(d => d.Amount)));
    }
}

public sealed class ScienceFundDisbursementType : ObjectGraphType<Disbursement>
{
    public ScienceFundDisbursementType()
    {
        Name = "ScienceFundDisbursement";
        Description = "Một lần giải ngân của một khoản tài trợ.";
        Field(d => d.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(d => d.GrantId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Khoản tài trợ.");
        Field(d => d.Amount).Description("Số tiền (đồng).");
        Field(d => d.PaidOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày chi.");
    }
}
