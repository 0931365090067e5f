using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Health.Education;

/// <summary>The checks an activity passes, and what its completion tells the Registry.</summary>
public static class CmeRules
{
    public const int MaxTitleLength = 500, MaxProviderLength = 300, MaxCertificateLength = 100, MaxHours = 2000;

    /// <summary>The hours of continuing education a licence needs in each five-year cycle (Circular 32/2023/TT-BYT).</summary>
    public const int HoursPerCycle = 120;

    /// <summary>The Registry's kind of training that T4 counts.</summary>
    public const string TrainingKind = "KnowledgeUpdate";

    public static CmeActivity New(CmeInput input, DateOnly today)
    {
        var activity = new CmeActivity
        {
            PersonId = input.PersonId,
            Title = Require.Text(input.Title, MaxTitleLength, "title", "Tên hoạt động"),
            Provider = Require.Text(input.Provider, MaxProviderLength, "provider", "Cơ sở đào tạo"),
            Form = input.Form,
            StartedOn = input.StartedOn,
            Hours = input.Hours is > 0 and <= MaxHours ? input.Hours : throw DomainException.Validation("hours", $"Số giờ phải từ 1 đến {MaxHours}."),
        };
        Require.NotAfter(input.StartedOn, today, "startedOn");
        if (input.CompletedOn is { } completed)
        {
            Complete(activity, completed, input.Certificate, today);
        }
        else
        {
            activity.Certificate = Certificate(input.Certificate);
        }

        return activity;
    }

    public static void Complete(CmeActivity activity, DateOnly completedOn, string? certificate, DateOnly today)
    {
        if (activity.CompletedOn is { } done)
        {
            throw DomainException.Conflict($"Hoạt động này đã hoàn thành ngày {done:dd/MM/yyyy}.", "completedOn");
        }

        Require.NotAfter(completedOn, today, "completedOn");
        if (completedOn < activity.StartedOn)
        {
            throw DomainException.Validation("completedOn", $"Ngày hoàn thành phải từ ngày bắt đầu ({activity.StartedOn:dd/MM/yyyy}).");
        }

        activity.CompletedOn = completedOn;
        activity.Certificate = Certificate(certificate) ?? activity.Certificate;
    }

    /// <summary>What the Registry records of a completed activity: a knowledge-update training.</summary>
    public static TrainingCompleted Reported(CmeActivity activity) =>
        new(activity.PersonId, TrainingKind, activity.Title, activity.Provider, activity.StartedOn, activity.CompletedOn!.Value, activity.Hours, activity.Certificate);

    /// <summary>The hours of the activities completed from <paramref name="first"/> to <paramref name="last"/>.</summary>
    public static int HoursBetween(IEnumerable<CmeActivity> activities, DateOnly first, DateOnly last) =>
        activities.Where(a => a.CompletedOn is { } done && done >= first && done <= last).Sum(a => a.Hours);

    private static string? Certificate(string? certificate) =>
        string.IsNullOrWhiteSpace(certificate) ? null : Require.Text(certificate, MaxCertificateLength, "certificate", "Số chứng chỉ").ToUpperInvariant();
}
