using Microsoft.Extensions.DependencyInjection;
using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.Talent.Policies;

namespace TriThuc.Modules.Talent.Cases;

public sealed class TalentAttractionCaseType : ObjectGraphType<AttractionCase>
{
    public TalentAttractionCaseType()
    {
        Name = "TalentAttractionCase";
        Description = "Hồ sơ thu hút của một người theo một chính sách, xét theo phiên bản chính sách có hiệu lực vào ngày nộp; mỗi bước có quyết định ghi ngày.";
        Field(c => c.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(c => c.PolicyId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Chính sách.");
        Field(c => c.VersionId, type: typeof(IdGraphType)).Description("Phiên bản chính sách dùng để xét (có hiệu lực vào ngày nộp); trống nếu ngày đó chính sách không áp dụng.");
        Field(c => c.ApplicantName).Description("Họ và tên người nộp hồ sơ.");
        Field(c => c.BirthDate, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày sinh (dữ liệu cá nhân).").Sensitive();
        Field<NonNullGraphType<EnumType<DegreeLevel>>>("degree").Description("Trình độ.").Resolve(c => c.Source.Degree);
        Field(c => c.FieldCode).Description("Mã lĩnh vực chuyên môn.");
        Field(c => c.TargetUnitId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Đơn vị dự kiến công tác.");
        Field(c => c.AppliedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày nộp hồ sơ.");
        Field<NonNullGraphType<EnumType<CaseStatus>>>("status").Description("Trạng thái.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnumType<EligibilityCriterion>>>>>("failedCriteria")
            .Description("Các tiêu chí không đáp ứng, khi không đủ điều kiện.").Resolve(c => c.Source.Failed);
        this.PersonField("person", c => c.PersonId).Description("Người được tuyển dụng (hồ sơ trong cơ sở dữ liệu trí thức), từ khi tuyển dụng.");
        Field(c => c.PostUnitId, type: typeof(IdGraphType)).Description("Đơn vị công tác khi tuyển dụng.");
        Field(c => c.OneOffAmount, nullable: true).Description("Hỗ trợ một lần được quyết định (đồng; dữ liệu cá nhân).").Sensitive();
        Field<LongGraphType>("monthlyAllowance")
            .Description("Phụ cấp hằng tháng của tháng đã hỏi (đồng; dữ liệu cá nhân): tỷ lệ của chính sách nhân mức lương cơ sở áp dụng ngày đầu tháng, trong thời gian cam kết. Trống khi chính sách không có phụ cấp, khi phụ cấp tính theo lương hiện hưởng của người (hệ thống không lưu lương), hoặc ngoài thời gian cam kết.")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("month", "Một ngày bất kỳ của tháng.")
            .Sensitive()
            .ResolveAsync(async c => (object?)await c.RequestServices!.GetRequiredService<CaseService>().MonthlyAllowanceAsync(c.Source, c.GetArgument<DateOnly>("month"), c.CancellationToken));
        Field(c => c.CommitmentStartsOn, type: typeof(DateOnlyGraphType)).Description("Cam kết từ ngày.");
        Field(c => c.CommitmentEndsOn, type: typeof(DateOnlyGraphType)).Description("Cam kết đến hết ngày.");
        Field(c => c.EndedOn, type: typeof(DateOnlyGraphType)).Description("Ngày hoàn thành hoặc chấm dứt cam kết.");
        Field(c => c.BrokenReason, nullable: true).Description("Lý do không thực hiện đủ cam kết (dữ liệu cá nhân).").Sensitive();
        Field(c => c.RefundAmount, nullable: true).Description("Số tiền phải hoàn trả theo quy định của chính sách (đồng; dữ liệu cá nhân).").Sensitive();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TalentCaseDecisionType>>>>("decisions")
            .Description("Các quyết định theo thứ tự.").Resolve(c => c.Source.Decisions.OrderBy(d => d.DecidedOn).ThenBy(d => d.CreatedAt).ToList());
    }
}

public sealed class TalentCaseDecisionType : ObjectGraphType<CaseDecision>
{
    public TalentCaseDecisionType()
    {
        Name = "TalentCaseDecision";
        Description = "Quyết định chuyển hồ sơ sang một trạng thái.";
        Field(d => d.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<EnumType<CaseStatus>>>("status").Description("Trạng thái sau quyết định.").Resolve(c => c.Source.Status);
        Field(d => d.Number).Description("Số quyết định.");
        Field(d => d.DecidedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày quyết định có hiệu lực.");
    }
}

public sealed class TalentApplicantInputType : InputObjectGraphType<ApplicantInput>
{
    public TalentApplicantInputType()
    {
        Name = "TalentApplicantInput";
        Description = "Hồ sơ thu hút mới.";
        Field(c => c.PolicyId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Chính sách thu hút.");
        Field(c => c.ApplicantName).Description("Họ và tên.");
        Field(c => c.BirthDate, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày sinh.");
        Field<NonNullGraphType<EnumType<DegreeLevel>>>("degree").Description("Trình độ.");
        Field(c => c.FieldCode).Description("Mã lĩnh vực chuyên môn (theo cơ sở dữ liệu trí thức).");
        Field(c => c.TargetUnitId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Đơn vị dự kiến công tác, đang hoạt động vào ngày nộp.");
        Field(c => c.AppliedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày nộp hồ sơ; không sau hôm nay.");
    }
}

public sealed class TalentDecisionInputType : InputObjectGraphType<DecisionInput>
{
    public TalentDecisionInputType()
    {
        Name = "TalentDecisionInput";
        Description = "Quyết định của một bước: số và ngày có hiệu lực.";
        Field(d => d.Number).Description($"Số quyết định, tối đa {CaseTransitions.MaxNumberLength} ký tự.");
        Field(d => d.DecidedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày quyết định; không trước bước trước, không sau hôm nay.");
    }
}

public sealed class TalentAttractionCaseFilterType : InputObjectGraphType<CaseFilter>
{
    public TalentAttractionCaseFilterType()
    {
        Name = "TalentAttractionCaseFilter";
        Description = "Bộ lọc hồ sơ thu hút; các điều kiện kết hợp với nhau (và).";
        Field<EnumType<CaseStatus>>("status").Description("Ở trạng thái này.");
        Field(f => f.PolicyId, type: typeof(IdGraphType)).Description("Theo chính sách này.");
        Field(f => f.PersonId, type: typeof(IdGraphType)).Description("Của người này (sau tuyển dụng).");
    }
}
