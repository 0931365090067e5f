namespace TriThuc.Modules.Talent.Policies;

/// <summary>The checks a policy and each of its versions pass, and which version is in force on a day.</summary>
public static class PolicyRules
{
    public const int MaxTitleLength = 300, MaxCodeLength = 40, MaxNumberLength = 60, MaxIssuerLength = 200, MaxFieldsLength = 400;
    public const int MaxCommitmentYears = 20;

    public static AttractionPolicy New(AttractionPolicyInput input)
    {
        var policy = new AttractionPolicy
        {
            Code = Codes.Require(input.Code, MaxCodeLength, "code", "Mã chính sách"),
            Title = Require.Text(input.Title, MaxTitleLength, "title", "Tên chính sách"),
            ExclusionGroup = Codes.Optional(input.ExclusionGroup, MaxCodeLength, "exclusionGroup", "Nhóm loại trừ"),
        };
        policy.Versions.Add(Version(policy.Id, input.Version, "version."));
        return policy;
    }

    /// <summary>
    /// Adds the amended text from its day. Earlier versions stay as they were for the days before it: the latest
    /// ends the day before. An amendment takes effect after the latest version began.
    /// </summary>
    public static PolicyVersion Amend(AttractionPolicy policy, PolicyVersionInput input)
    {
        var latest = policy.Versions.MaxBy(v => v.EffectiveFrom)!;
        if (input.EffectiveFrom <= latest.EffectiveFrom)
        {
            throw DomainException.Validation("input.effectiveFrom",
                $"Văn bản sửa đổi phải có hiệu lực sau ngày {latest.EffectiveFrom:dd/MM/yyyy} (ngày hiệu lực của văn bản hiện hành {latest.InstrumentNumber}).");
        }

        var version = Version(policy.Id, input, "input.");
        if (latest.EffectiveTo is null || latest.EffectiveTo >= input.EffectiveFrom)
        {
            latest.EffectiveTo = input.EffectiveFrom.AddDays(-1);
        }

        policy.Versions.Add(version);
        return version;
    }

    /// <summary>The version in force on <paramref name="day"/>, or null when the policy did not apply that day.</summary>
    public static PolicyVersion? VersionOn(IEnumerable<PolicyVersion> versions, DateOnly day) =>
        versions.Where(v => v.AppliesOn(day)).MaxBy(v => v.EffectiveFrom);

    private static PolicyVersion Version(Guid policyId, PolicyVersionInput input, string prefix)
    {
        var number = Require.Text(input.InstrumentNumber, MaxNumberLength, prefix + "instrumentNumber", "Số văn bản");
        var issuer = Require.Text(input.Issuer, MaxIssuerLength, prefix + "issuer", "Cơ quan ban hành");
        if (input.InstrumentSignedOn > input.EffectiveFrom)
        {
            throw DomainException.Validation(prefix + "effectiveFrom", $"Ngày hiệu lực không được trước ngày ký văn bản ({input.InstrumentSignedOn:dd/MM/yyyy}).");
        }

        if (input.EffectiveTo is { } to && to < input.EffectiveFrom)
        {
            throw DomainException.Validation(prefix + "effectiveTo", $"Ngày hết hiệu lực phải từ ngày có hiệu lực ({input.EffectiveFrom:dd/MM/yyyy}).");
        }

        if (input.CommitmentYears is < 0 or > MaxCommitmentYears)
        {
            throw DomainException.Validation(prefix + "commitmentYears", $"Số năm cam kết phải từ 0 đến {MaxCommitmentYears}.");
        }

        if (input.MaximumAge is { } age && age is < 18 or > 70)
        {
            throw DomainException.Validation(prefix + "maximumAge", "Tuổi tối đa phải từ 18 đến 70.");
        }

        if (input.OneOffAmount is not null && input.OneOffBaseSalaryMonths is not null)
        {
            throw DomainException.Validation(prefix + "oneOffAmount", "Khoản hỗ trợ một lần ghi một trong hai: số tiền cố định, hoặc số tháng lương cơ sở.");
        }

        if (input.OneOffAmount is < 0 || input.OneOffBaseSalaryMonths is < 0 || input.MonthlyShare is < 0 or > 5)
        {
            throw DomainException.Validation(prefix + "monthlyShare", "Mức hỗ trợ không được âm; tỷ lệ phụ cấp hằng tháng tối đa 5 (500%).");
        }

        var fields = (input.FieldCodes ?? []).Select((f, i) => Codes.Require(f, MaxCodeLength, prefix + "fieldCodes", "Mã lĩnh vực")).Distinct().ToList();
        var joined = string.Join(',', fields);
        if (joined.Length > MaxFieldsLength)
        {
            throw DomainException.Validation(prefix + "fieldCodes", $"Danh sách lĩnh vực dài quá {MaxFieldsLength} ký tự.");
        }

        return new PolicyVersion
        {
            PolicyId = policyId, EffectiveFrom = input.EffectiveFrom, EffectiveTo = input.EffectiveTo,
            InstrumentKind = input.InstrumentKind, InstrumentNumber = number, InstrumentSignedOn = input.InstrumentSignedOn, Issuer = issuer,
            MinimumDegree = input.MinimumDegree, FieldCodes = joined, MaximumAge = input.MaximumAge,
            ExtremelyDifficultAreasOnly = input.ExtremelyDifficultAreasOnly, OneOffAmount = input.OneOffAmount,
            OneOffBaseSalaryMonths = input.OneOffBaseSalaryMonths, MonthlyShare = input.MonthlyShare, MonthlyBase = input.MonthlyBase,
            Housing = input.Housing, CommitmentYears = input.CommitmentYears, RefundRule = input.RefundRule,
        };
    }
}
