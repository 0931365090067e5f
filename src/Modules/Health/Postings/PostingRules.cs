namespace TriThuc.Modules.Health.Postings;

/// <summary>The checks a posting passes, each refusal naming its field in words a clerk can act on.</summary>
public static class PostingRules
{
    public const int MaxDecisionLength = 100, MaxYears = 5;

    public static Posting New(PostingInput input)
    {
        var decision = Require.Text(input.Decision, MaxDecisionLength, "decision", "Số quyết định");
        if (input.FromFacilityId == input.ToFacilityId)
        {
            throw DomainException.Validation("toFacilityId", "Cơ sở đến phải khác cơ sở đi.");
        }

        if (input.PlannedEndOn < input.StartsOn || input.PlannedEndOn > input.StartsOn.AddYears(MaxYears))
        {
            throw DomainException.Validation("plannedEndOn", $"Ngày kết thúc dự kiến phải từ ngày bắt đầu ({input.StartsOn:dd/MM/yyyy}) và trong vòng {MaxYears} năm.");
        }

        return new Posting
        {
            PersonId = input.PersonId, Kind = input.Kind, FromFacilityId = input.FromFacilityId, ToFacilityId = input.ToFacilityId,
            Decision = decision, StartsOn = input.StartsOn, PlannedEndOn = input.PlannedEndOn,
        };
    }

    /// <summary>A person is posted to one place at a time.</summary>
    public static void NotOverlapping(Posting posting, IEnumerable<Posting> others)
    {
        if (others.FirstOrDefault(o => o.StartsOn <= posting.LastDay && posting.StartsOn <= o.LastDay) is { } clash)
        {
            throw DomainException.Conflict(
                $"Người này đã được điều động theo quyết định {clash.Decision} từ {clash.StartsOn:dd/MM/yyyy} đến {clash.LastDay:dd/MM/yyyy}; hai đợt không được trùng thời gian.", "startsOn");
        }
    }

    public static void End(Posting posting, DateOnly endedOn, DateOnly today)
    {
        if (posting.EndedOn is { } ended)
        {
            throw DomainException.Conflict($"Đợt điều động này đã kết thúc ngày {ended:dd/MM/yyyy}.", "endedOn");
        }

        Require.NotAfter(endedOn, today, "endedOn");
        if (endedOn < posting.StartsOn || endedOn > posting.PlannedEndOn)
        {
            throw DomainException.Validation("endedOn", $"Ngày kết thúc phải từ ngày bắt đầu ({posting.StartsOn:dd/MM/yyyy}) đến ngày kết thúc dự kiến ({posting.PlannedEndOn:dd/MM/yyyy}).");
        }

        posting.EndedOn = endedOn;
    }
}
