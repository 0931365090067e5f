using TriThuc.Modules.Talent.Policies;

namespace TriThuc.Modules.Talent.Experts;

/// <summary>The checks on an expert and an engagement, each refusal naming its field in Vietnamese.</summary>
public static class ExpertRules
{
    public const int MaxNameLength = 150, MaxCountryLength = 80, MaxOrganisationLength = 200, MaxPurposeLength = 500, MaxNumberLength = 60, MaxWork = 20;

    public static void Apply(Expert expert, ExpertInput input)
    {
        expert.Title = Names.Person(input.FullName, 2, MaxNameLength, "fullName", "Họ và tên");
        expert.Origin = input.Origin;
        expert.Country = Require.Text(input.Country, MaxCountryLength, "country", "Quốc gia");
        expert.FieldCode = Codes.Require(input.FieldCode, PolicyRules.MaxCodeLength, "fieldCode", "Mã lĩnh vực");
        expert.Organisation = Require.Text(input.Organisation, MaxOrganisationLength, "organisation", "Cơ quan, tổ chức");
        expert.IntellectualId = input.IntellectualId;
    }

    /// <summary>
    /// An engagement approved before it starts, ending on or after its start, its approval not in the future, and each
    /// project or cooperation named once. The host unit is checked against the Registry by the service.
    /// </summary>
    public static ExpertEngagement NewEngagement(Guid expertId, EngagementInput input, DateOnly today)
    {
        var purpose = Require.Text(input.Purpose, MaxPurposeLength, "purpose", "Mục đích, nội dung làm việc");
        var number = Require.Text(input.ApprovalNumber, MaxNumberLength, "approvalNumber", "Số quyết định, văn bản chấp thuận");
        Require.NotAfter(input.ApprovedOn, today, "approvedOn");
        if (input.ApprovedOn > input.StartsOn)
        {
            throw DomainException.Validation("startsOn", $"Chuyên gia chỉ bắt đầu làm việc sau khi được chấp thuận: ngày bắt đầu phải từ ngày chấp thuận ({input.ApprovedOn:dd/MM/yyyy}).");
        }

        if (input.EndsOn is { } end && end < input.StartsOn)
        {
            throw DomainException.Validation("endsOn", $"Ngày kết thúc phải từ ngày bắt đầu ({input.StartsOn:dd/MM/yyyy}).");
        }

        var work = input.Work ?? [];
        if (work.Count > MaxWork)
        {
            throw DomainException.Validation("work", $"Một đợt làm việc gắn với tối đa {MaxWork} đề tài, thỏa thuận hợp tác.");
        }

        for (var i = 0; i < work.Count; i++)
        {
            if (work[i].TargetId == Guid.Empty)
            {
                throw DomainException.Validation($"work[{i}].targetId", "Hãy chọn đề tài hoặc thỏa thuận hợp tác.");
            }

            if (work.Take(i).Any(w => w.Kind == work[i].Kind && w.TargetId == work[i].TargetId))
            {
                throw DomainException.Validation($"work[{i}]", "Đề tài hoặc thỏa thuận hợp tác này đã được nêu ở dòng trên.");
            }
        }

        return new ExpertEngagement
        {
            ExpertId = expertId, HostUnitId = input.HostUnitId, Purpose = purpose, StartsOn = input.StartsOn, EndsOn = input.EndsOn,
            ApprovalNumber = number, ApprovedOn = input.ApprovedOn,
            Work = work.Select(w => new ExpertWork { Kind = w.Kind, TargetId = w.TargetId }).ToList(),
        };
    }
}
