using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using TriThuc.Modules.Science.Fund;

namespace TriThuc.Modules.Science.GraphQL;

public sealed class CapitalContributionType : ObjectGraphType<CapitalContribution>
{
    public CapitalContributionType()
    {
        Name = "FundContribution";
        Description = "Một khoản vốn góp vào Quỹ đầu tư đổi mới sáng tạo.";
        Field(c => c.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<FundSourceType>>("source").Description("Nguồn vốn.").Resolve(c => c.Source.Source);
        Field(c => c.Contributor).Description("Bên góp vốn.");
        Field(c => c.Amount).Description("Số tiền (đồng).");
        Field(c => c.ReceivedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày nhận.");
    }
}

public sealed class FundCapitalBySourceType : ObjectGraphType<FundCapitalBySource>
{
    public FundCapitalBySourceType()
    {
        Name = "FundCapitalBySource";
        Description = "Tổng vốn Quỹ đã nhận từ một nguồn.";
        Field<NonNullGraphType<FundSourceType>>("source").Description("Nguồn vốn.").Resolve(c => c.Source.Source);
        Field(c => c.Amount).Description("Tổng số tiền (đồng).");
        Field(c => c.Contributions).Description("Số khoản vốn góp.");
    }
}

public sealed class FundCallType : ObjectGraphType<FundCall>
{
    public FundCallType()
    {
        Name = "FundCall";
        Description = "Một đợt gọi hồ sơ đề nghị tài trợ của Quỹ.";
        Field(c => c.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(c => c.Code).Description("Mã đợt.");
        Field(c => c.Title).Description("Tên đợt.");
        Field(c => c.OpensOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày mở nhận hồ sơ.");
        Field(c => c.ClosesOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày đóng nhận hồ sơ.");
        Field(c => c.Budget).Description("Ngân sách của đợt (đồng): tổng tài trợ không vượt quá số này.");
    }
}

public sealed class FundApplicationType : ObjectGraphType<FundApplication>
{
    public FundApplicationType()
    {
        Name = "FundApplication";
        Description = "Một hồ sơ đề nghị tài trợ.";
        Field(a => a.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(a => a.CallId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Đợt gọi hồ sơ.");
        Field(a => a.Title).Description("Tên hồ sơ.");
        Field(a => a.ApplicantName).Description("Bên đề nghị.");
        Field(a => a.ApplicantUnitId, type: typeof(IdGraphType)).Description("Đơn vị đề nghị (trong cơ sở dữ liệu trí thức).");
        Field<SciencePersonType>("applicant").Description("Trí thức đề nghị (nếu có).")
            .Resolve(c => c.Source.ApplicantIntellectualId is { } id ? c.RequestServices!.GetRequiredService<ScienceLoaders>().People.Load(id) : null);
        Field(a => a.RequestedAmount).Description("Số tiền đề nghị (đồng).");
        Field(a => a.SubmittedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày nộp.");
        Field<NonNullGraphType<FundApplicationStatusType>>("status").Description("Tình trạng.").Resolve(c => c.Source.Status);
    }
}

public sealed class GrantType : ObjectGraphType<Grant>
{
    public GrantType()
    {
        Name = "FundGrant";
        Description = "Một khoản tài trợ Quỹ đã cam kết; được chi qua các lần giải ngân.";
        Field(g => g.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(g => g.ApplicationId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Hồ sơ được tài trợ.");
        Field(g => g.CallId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Đợt gọi hồ sơ.");
        Field(g => g.Name).Description("Tên khoản tài trợ (tên hồ sơ).");
        Field(g => g.Amount).Description("Số tiền tài trợ (đồng).");
        Field(g => g.AwardedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày quyết định tài trợ.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DisbursementType>>>>("disbursements").Description("Các lần giải ngân, cũ nhất trước.")
            .Resolve(c => Loaders(c).DisbursementsByGrant.Load(c.Source.Id));
        Field<NonNullGraphType<LongGraphType>>("remaining").Description("Phần chưa giải ngân (đồng).")
            .Resolve(c => new MappedResult<IReadOnlyList<Disbursement>?, long>(
                Loaders(c).DisbursementsByGrant.Load(c.Source.Id), paid => c.Source.Amount - (paid ?? []).Sum(d => d.Amount)));
    }

    private static ScienceLoaders Loaders(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<ScienceLoaders>();
}

public sealed class DisbursementType : ObjectGraphType<Disbursement>
{
    public DisbursementType()
    {
        Name = "FundDisbursement";
        Description = "Một lần giải ngân của một khoản tài trợ.";
        Field(d => d.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(d => d.GrantId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Khoản tài trợ.");
        Field(d => d.Amount).Description("Số tiền (đồng).");
        Field(d => d.PaidOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày chi.");
    }
}
