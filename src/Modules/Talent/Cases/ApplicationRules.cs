using TriThuc.Modules.Talent.Policies;

namespace TriThuc.Modules.Talent.Cases;

/// <summary>A new application, as the mutation and the import both take it: checked, and tied to the policy version in force on its day.</summary>
public static class ApplicationRules
{
    public static AttractionCase New(ApplicantInput input, AttractionPolicy policy, DateOnly today)
    {
        var name = Names.Person(input.ApplicantName, 2, 150, "applicantName", "Họ và tên");
        var field = Codes.Require(input.FieldCode, PolicyRules.MaxCodeLength, "fieldCode", "Mã lĩnh vực");
        Require.NotAfter(input.AppliedOn, today, "appliedOn");
        if (input.BirthDate >= input.AppliedOn)
        {
            throw DomainException.Validation("birthDate", "Ngày sinh phải trước ngày nộp hồ sơ.");
        }

        return new AttractionCase
        {
            PolicyId = policy.Id, VersionId = PolicyRules.VersionOn(policy.Versions, input.AppliedOn)?.Id, ApplicantName = name,
            BirthDate = input.BirthDate, Degree = input.Degree, FieldCode = field, TargetUnitId = input.TargetUnitId, AppliedOn = input.AppliedOn,
            Status = CaseStatus.Applied,
        };
    }
}
