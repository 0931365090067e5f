using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Talent.Policies;

public sealed class TalentAttractionPolicyType : ObjectGraphType<AttractionPolicy>
{
    public TalentAttractionPolicyType()
    {
        Name = "TalentAttractionPolicy";
        Description = "Một chính sách thu hút trí thức với các phiên bản văn bản theo thời gian (văn bản sửa đổi giữ lại phiên bản trước).";
        Field(p => p.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(p => p.Code).Description("Mã chính sách.");
        Field(p => p.Title).Description("Tên chính sách.");
        Field(p => p.ExclusionGroup, nullable: true).Description("Nhóm loại trừ: không ai được hưởng đồng thời hai chính sách cùng nhóm trong cùng tháng.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TalentPolicyVersionType>>>>("versions")
            .Description("Các phiên bản, cũ nhất trước.")
            .Resolve(c => c.Source.Versions.OrderBy(v => v.EffectiveFrom).ToList());
        Field<TalentPolicyVersionType>("versionOn")
            .Description("Phiên bản có hiệu lực vào ngày này (trống nếu chính sách không áp dụng ngày đó).")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("day", "Ngày cần xét, ví dụ ngày nộp hồ sơ.")
            .Resolve(c => PolicyRules.VersionOn(c.Source.Versions, c.GetArgument<DateOnly>("day")));
    }
}

public sealed class TalentPolicyVersionType : ObjectGraphType<PolicyVersion>
{
    public TalentPolicyVersionType()
    {
        Name = "TalentPolicyVersion";
        Description = "Nội dung chính sách theo một văn bản, áp dụng trong một khoảng thời gian.";
        Field(v => v.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(v => v.EffectiveFrom, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Có hiệu lực từ ngày.");
        Field(v => v.EffectiveTo, type: typeof(DateOnlyGraphType)).Description("Hết hiệu lực sau ngày; trống khi còn hiệu lực.");
        Field<NonNullGraphType<EnumType<LegalInstrumentKind>>>("instrumentKind").Description("Loại văn bản căn cứ.").Resolve(c => c.Source.InstrumentKind);
        Field(v => v.InstrumentNumber).Description("Số văn bản.");
        Field(v => v.InstrumentSignedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày ký.");
        Field(v => v.Issuer).Description("Cơ quan ban hành.");
        Field<NonNullGraphType<EnumType<DegreeLevel>>>("minimumDegree").Description("Trình độ tối thiểu.").Resolve(c => c.Source.MinimumDegree);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("fieldCodes").Description("Mã lĩnh vực được áp dụng; trống là mọi lĩnh vực.").Resolve(c => c.Source.Fields);
        Field(v => v.MaximumAge, nullable: true).Description("Tuổi tối đa vào ngày nộp hồ sơ.");
        Field(v => v.ExtremelyDifficultAreasOnly).Description("Chỉ áp dụng khi về công tác tại xã khu vực III hoặc thôn đặc biệt khó khăn.");
        Field(v => v.OneOffAmount, nullable: true).Description("Hỗ trợ một lần, số tiền cố định (đồng).");
        Field(v => v.OneOffBaseSalaryMonths, nullable: true).Description("Hỗ trợ một lần, bằng số tháng lương cơ sở tại ngày quyết định.");
        Field(v => v.MonthlyShare, nullable: true).Description("Phụ cấp hằng tháng, tỷ lệ (0,7 là 70%).");
        Field<NonNullGraphType<EnumType<MonthlyAllowanceBase>>>("monthlyBase").Description("Căn cứ tính phụ cấp hằng tháng.").Resolve(c => c.Source.MonthlyBase);
        Field(v => v.Housing).Description("Có hỗ trợ nhà ở công vụ.");
        Field(v => v.CommitmentYears).Description("Số năm cam kết công tác.");
        Field<NonNullGraphType<EnumType<RefundRule>>>("refundRule").Description("Cách tính hoàn trả khi không thực hiện đủ cam kết.").Resolve(c => c.Source.RefundRule);
    }
}

public sealed class TalentAttractionPolicyInputType : InputObjectGraphType<AttractionPolicyInput>
{
    public TalentAttractionPolicyInputType()
    {
        Name = "TalentAttractionPolicyInput";
        Description = "Một chính sách thu hút mới với văn bản đầu tiên.";
        Field(p => p.Code).Description($"Mã chính sách, duy nhất, tối đa {PolicyRules.MaxCodeLength} ký tự không dấu.");
        Field(p => p.Title).Description($"Tên chính sách, tối đa {PolicyRules.MaxTitleLength} ký tự.");
        Field(p => p.ExclusionGroup, nullable: true).Description("Nhóm loại trừ (mã); các chính sách cùng nhóm không được hưởng đồng thời.");
        Field<NonNullGraphType<TalentPolicyVersionInputType>>("version").Description("Nội dung theo văn bản đầu tiên.");
    }
}

public sealed class TalentPolicyVersionInputType : InputObjectGraphType<PolicyVersionInput>
{
    public TalentPolicyVersionInputType()
    {
        Name = "TalentPolicyVersionInput";
        Description = "Nội dung chính sách theo một văn bản.";
        Field(v => v.EffectiveFrom, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Có hiệu lực từ ngày; không trước ngày ký.");
        Field(v => v.EffectiveTo, type: typeof(DateOnlyGraphType)).Description("Hết hiệu lực sau ngày (nếu văn bản quy định thời hạn).");
        Field<NonNullGraphType<EnumType<LegalInstrumentKind>>>("instrumentKind").Description("Loại văn bản.");
        Field(v => v.InstrumentNumber).Description("Số văn bản, ví dụ 12/2025/NQ-HĐND.");
        Field(v => v.InstrumentSignedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày ký.");
        Field(v => v.Issuer).Description("Cơ quan ban hành.");
        Field<NonNullGraphType<EnumType<DegreeLevel>>>("minimumDegree").Description("Trình độ tối thiểu.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("fieldCodes").Description("Mã lĩnh vực (theo cơ sở dữ liệu trí thức); bỏ trống là mọi lĩnh vực.");
        Field(v => v.MaximumAge, nullable: true).Description("Tuổi tối đa vào ngày nộp hồ sơ, từ 18 đến 70.");
        Field(v => v.ExtremelyDifficultAreasOnly).Description("Chỉ áp dụng khi về xã khu vực III hoặc thôn đặc biệt khó khăn.");
        Field(v => v.OneOffAmount, nullable: true).Description("Hỗ trợ một lần, số tiền cố định (đồng).");
        Field(v => v.OneOffBaseSalaryMonths, nullable: true).Description("Hỗ trợ một lần bằng số tháng lương cơ sở (không ghi cùng số tiền cố định).");
        Field(v => v.MonthlyShare, nullable: true).Description("Phụ cấp hằng tháng, tỷ lệ (0,7 là 70%).");
        Field<NonNullGraphType<EnumType<MonthlyAllowanceBase>>>("monthlyBase").Description("Căn cứ tính phụ cấp hằng tháng.");
        Field(v => v.Housing).Description("Có hỗ trợ nhà ở công vụ.");
        Field(v => v.CommitmentYears).Description($"Số năm cam kết, từ 0 đến {PolicyRules.MaxCommitmentYears}.");
        Field<NonNullGraphType<EnumType<RefundRule>>>("refundRule").Description("Cách tính hoàn trả khi không thực hiện đủ cam kết.");
    }
}
