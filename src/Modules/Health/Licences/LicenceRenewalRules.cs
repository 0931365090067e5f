using TriThuc.Modules.Health.Education;

namespace TriThuc.Modules.Health.Licences;

/// <summary>
/// Renewal (Decree 96/2023/NĐ-CP): filed at least 60 days before expiry, by a holder whose licence is valid that day and
/// who has completed 120 hours of continuing education in the cycle (Circular 32/2023/TT-BYT); it moves the expiry five years on.
/// </summary>
public static class LicenceRenewalRules
{
    public const int DaysBeforeExpiry = 60;

    /// <summary>The last day a renewal of the current term may be filed.</summary>
    public static DateOnly LastFilingDay(PractisingLicence licence) => licence.ExpiresOn.AddDays(-DaysBeforeExpiry);

    /// <summary>The hours still missing for a cycle with <paramref name="hours"/> done.</summary>
    public static int MissingHours(int hours) => Math.Max(0, CmeRules.HoursPerCycle - hours);

    public static LicenceRenewal Renew(PractisingLicence licence, DateOnly filedOn, int cycleHours, DateOnly today)
    {
        Require.NotAfter(filedOn, today, "filedOn");
        var status = licence.StatusOn(filedOn);
        if (status != LicenceStatus.Valid)
        {
            throw DomainException.Conflict(
                $"Chỉ gia hạn được giấy phép còn hiệu lực; ngày {filedOn:dd/MM/yyyy} giấy phép {licence.Number} {(status is { } s ? EnumLabels.Of(s).ToLowerInvariant() : "chưa được cấp")}.", "filedOn");
        }

        if (filedOn > LastFilingDay(licence))
        {
            throw DomainException.Validation("filedOn",
                $"Hồ sơ gia hạn phải nộp trước ngày hết hạn ({licence.ExpiresOn:dd/MM/yyyy}) ít nhất {DaysBeforeExpiry} ngày, tức chậm nhất ngày {LastFilingDay(licence):dd/MM/yyyy}.");
        }

        if (cycleHours < CmeRules.HoursPerCycle)
        {
            throw DomainException.Validation("cmeHours",
                $"Chu kỳ từ {licence.CycleStartOn(filedOn):dd/MM/yyyy} mới có {cycleHours} giờ đào tạo liên tục; cần {CmeRules.HoursPerCycle} giờ (còn thiếu {MissingHours(cycleHours)} giờ).");
        }

        var renewal = new LicenceRenewal
        {
            LicenceId = licence.Id, FiledOn = filedOn, PreviousExpiry = licence.ExpiresOn, NewExpiry = licence.ExpiresOn.AddYears(PractisingLicence.TermYears), CmeHours = cycleHours,
        };
        licence.ExpiresOn = renewal.NewExpiry;
        licence.Renewals.Add(renewal);
        return renewal;
    }
}
