namespace TriThuc.Modules.Health.Licences;

/// <summary>The rules of a licence's life, each refusal naming its field in words a clerk can act on.</summary>
public static class LicenceRules
{
    public const int MaxNumberLength = 50, MaxScopeLength = 1000, MaxIssuerLength = 300, MaxReasonLength = 2000;

    public static PractisingLicence New(LicenceInput input, DateOnly today)
    {
        var number = Require.Text(input.Number, MaxNumberLength, "number", "Số giấy phép").ToUpperInvariant();
        var scope = Require.Text(input.Scope, MaxScopeLength, "scope", "Phạm vi hành nghề");
        var issuer = Require.Text(input.Issuer, MaxIssuerLength, "issuer", "Cơ quan cấp");
        Require.NotAfter(input.IssuedOn, today, "issuedOn");
        return new PractisingLicence
        {
            HolderId = input.HolderId, Number = number, Title = input.Title, Scope = scope, Issuer = issuer,
            IssuedOn = input.IssuedOn, ExpiresOn = PractisingLicence.TermEnd(input.IssuedOn), InForceTitle = input.Title,
        };
    }

    /// <summary>
    /// One licence in force per holder and title: the one on file for the title must have expired by the new one's
    /// issue date (it is then replaced); a valid or suspended one stands in the way.
    /// </summary>
    public static void Replace(PractisingLicence? inForce, PractisingLicence issued)
    {
        if (inForce is null)
        {
            return;
        }

        var status = inForce.StatusOn(issued.IssuedOn);
        if (status is LicenceStatus.Valid or LicenceStatus.Suspended or null)
        {
            throw DomainException.Conflict(
                $"Người này đang có giấy phép {inForce.Number} chức danh {EnumLabels.Of(inForce.Title).ToLowerInvariant()} còn hiệu lực đến {inForce.ExpiresOn:dd/MM/yyyy}" +
                $"{(status == LicenceStatus.Suspended ? " (đang bị đình chỉ)" : "")}; mỗi người chỉ có một giấy phép còn hiệu lực cho một chức danh.", "title");
        }

        inForce.InForceTitle = null;
    }

    /// <summary>A suspension, reinstatement or revocation, dated no earlier than the licence's last decision and fitting its status that day.</summary>
    public static LicenceDecision Decide(PractisingLicence licence, LicenceDecisionKind kind, LicenceDecisionInput input, DateOnly today)
    {
        var number = Require.Text(input.Number, MaxNumberLength, "number", "Số quyết định");
        var reason = Require.Text(input.Reason, MaxReasonLength, "reason", "Lý do");
        Require.NotAfter(input.DecidedOn, today, "decidedOn");
        if (input.DecidedOn < licence.IssuedOn)
        {
            throw DomainException.Validation("decidedOn", $"Ngày quyết định phải từ ngày cấp giấy phép ({licence.IssuedOn:dd/MM/yyyy}).");
        }

        if (licence.Decisions.MaxBy(d => d.DecidedOn) is { } last && input.DecidedOn < last.DecidedOn)
        {
            throw DomainException.Validation("decidedOn",
                $"Giấy phép đã có quyết định {last.Number} ngày {last.DecidedOn:dd/MM/yyyy}; quyết định mới không được có hiệu lực trước ngày đó.");
        }

        var status = licence.StatusOn(input.DecidedOn);
        var allowed = kind switch
        {
            LicenceDecisionKind.Suspension => status == LicenceStatus.Valid,
            LicenceDecisionKind.Reinstatement => status == LicenceStatus.Suspended,
            _ => status != LicenceStatus.Revoked,
        };
        if (!allowed)
        {
            throw DomainException.Conflict(kind switch
            {
                LicenceDecisionKind.Suspension => $"Chỉ đình chỉ được giấy phép còn hiệu lực; ngày {input.DecidedOn:dd/MM/yyyy} giấy phép {licence.Number} {EnumLabels.Of(status!.Value).ToLowerInvariant()}.",
                LicenceDecisionKind.Reinstatement => $"Chỉ cho hành nghề trở lại được giấy phép đang bị đình chỉ; ngày {input.DecidedOn:dd/MM/yyyy} giấy phép {licence.Number} {EnumLabels.Of(status!.Value).ToLowerInvariant()}.",
                _ => $"Giấy phép {licence.Number} đã bị thu hồi.",
            }, "decidedOn");
        }

        if (kind == LicenceDecisionKind.Revocation)
        {
            licence.InForceTitle = null;
        }

        var decision = new LicenceDecision { LicenceId = licence.Id, Kind = kind, Number = number, DecidedOn = input.DecidedOn, Reason = reason };
        licence.Decisions.Add(decision);
        return decision;
    }
}
