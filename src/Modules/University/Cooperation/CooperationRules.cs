namespace TriThuc.Modules.University.Cooperation;

/// <summary>The checks of an agreement and of an activity within it, each refusal naming its field in words a clerk can act on.</summary>
public static class CooperationRules
{
    public const int MaxPartnerLength = 300, MaxCountryLength = 100, MaxScopeLength = 2000, MaxTitleLength = 300, MaxParticipants = 200;

    public const string HomeCountry = "Việt Nam";

    public static CooperationAgreement NewAgreement(CooperationAgreementInput input, DateOnly today)
    {
        var partner = Require.Text(input.Partner, MaxPartnerLength, "partner", "Tên đối tác");
        var country = string.IsNullOrWhiteSpace(input.Country) && input.Origin == AgreementOrigin.Domestic
            ? HomeCountry
            : Require.Text(input.Country, MaxCountryLength, "country", "Quốc gia của đối tác");
        var isHome = VietnameseText.Fold(country) is "viet nam" or "vietnam";
        if (input.Origin == AgreementOrigin.Domestic && !isHome)
        {
            throw DomainException.Validation("country", $"Đối tác trong nước phải ở Việt Nam (đã nhập '{country}'); đối tác ở nước khác hãy chọn 'Nước ngoài'.");
        }

        if (input.Origin == AgreementOrigin.Foreign && isHome)
        {
            throw DomainException.Validation("country", "Đối tác nước ngoài cần ghi quốc gia của đối tác, không phải Việt Nam.");
        }

        Require.NotAfter(input.SignedOn, today, "signedOn");
        var validFrom = input.ValidFrom ?? input.SignedOn;
        if (input.ValidTo is { } validTo && validTo < validFrom)
        {
            throw DomainException.Validation("validTo", $"Ngày hết hiệu lực phải từ ngày có hiệu lực ({validFrom:dd/MM/yyyy}).");
        }

        return new CooperationAgreement
        {
            Title = partner, Country = country, SearchCountry = VietnameseText.Fold(country), Origin = input.Origin, Type = input.Type,
            Scope = Require.Text(input.Scope, MaxScopeLength, "scope", "Phạm vi hợp tác"),
            SignedOn = input.SignedOn, ValidFrom = validFrom, ValidTo = input.ValidTo, ResponsibleUnitId = input.ResponsibleUnitId,
        };
    }

    /// <summary>An activity lies wholly within its agreement's validity.</summary>
    public static CooperationActivity NewActivity(CooperationActivityInput input, CooperationAgreement agreement)
    {
        var title = Require.Text(input.Title, MaxTitleLength, "title", "Nội dung hoạt động");
        var end = input.EndDate ?? input.StartDate;
        if (end < input.StartDate)
        {
            throw DomainException.Validation("endDate", $"Ngày kết thúc phải từ ngày bắt đầu ({input.StartDate:dd/MM/yyyy}).");
        }

        if (input.StartDate < agreement.ValidFrom)
        {
            throw DomainException.Validation("startDate",
                $"Hoạt động bắt đầu ngày {input.StartDate:dd/MM/yyyy}, trước khi thỏa thuận với '{agreement.Title}' có hiệu lực (từ ngày {agreement.ValidFrom:dd/MM/yyyy}).");
        }

        if (agreement.ValidTo is { } validTo && end > validTo)
        {
            throw DomainException.Validation("endDate",
                $"Hoạt động kết thúc ngày {end:dd/MM/yyyy}, sau khi thỏa thuận với '{agreement.Title}' hết hiệu lực (ngày {validTo:dd/MM/yyyy}); hãy gia hạn hoặc ký thỏa thuận mới.");
        }

        var participants = (input.ParticipantIds ?? []).Distinct().ToList();
        if (participants.Count > MaxParticipants)
        {
            throw DomainException.Validation("participantIds", $"Tối đa {MaxParticipants} người tham gia mỗi hoạt động.");
        }

        var activity = new CooperationActivity { AgreementId = agreement.Id, Kind = input.Kind, Title = title, StartDate = input.StartDate, EndDate = end };
        activity.Participants = participants.Select(p => new CooperationParticipant { ActivityId = activity.Id, PersonId = p }).ToList();
        return activity;
    }
}
