using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Education.Training;

/// <summary>The checks a course passes, each refusal naming its field in words a clerk can act on, and the event its completion publishes.</summary>
public static class InServiceTrainingRules
{
    public const int MaxTitleLength = 300;

    public const int MaxProviderLength = 200;

    public const int MaxCertificateLength = 50;

    /// <summary>A generous ceiling for one course; a yearly programme of in-service training is a few dozen hours.</summary>
    public const int MaxHours = 500;

    /// <summary>The Registry's training kind that T4 counts.</summary>
    public const string TrainingKind = "KnowledgeUpdate";

    public static InServiceTraining New(InServiceTrainingInput input, DateOnly today)
    {
        var title = Require.Text(input.Title, MaxTitleLength, "title", "Tên khóa bồi dưỡng");
        var provider = Require.Text(input.Provider, MaxProviderLength, "provider", "Đơn vị tổ chức");
        if (input.Hours is < 1 or > MaxHours)
        {
            throw DomainException.Validation("hours", $"Số tiết/giờ bồi dưỡng phải từ 1 đến {MaxHours}.");
        }

        Require.NotAfter(input.StartedOn, today, "startedOn");
        return new InServiceTraining { PersonId = input.PersonId, Title = title, Provider = provider, Hours = input.Hours, StartedOn = input.StartedOn };
    }

    /// <summary>
    /// A correction of a course not yet completed: the rules of a new one, for the same teacher. A completed course was
    /// reported to the Registry already, which keeps its own copy, so it is not corrected here.
    /// </summary>
    public static void Correct(InServiceTraining training, InServiceTrainingInput input, DateOnly today)
    {
        if (training.CompletedOn is { } done)
        {
            throw DomainException.Conflict($"Khóa bồi dưỡng này đã hoàn thành ngày {done:dd/MM/yyyy} và đã ghi vào hồ sơ trí thức; không sửa được ở đây, hãy sửa trong hồ sơ trí thức.", "id");
        }

        if (input.PersonId != training.PersonId)
        {
            throw DomainException.Validation("personId", "Khóa bồi dưỡng không chuyển sang giáo viên khác; hãy ghi khóa mới cho giáo viên đó.");
        }

        var corrected = New(input, today);
        training.Title = corrected.Title;
        training.Provider = corrected.Provider;
        training.Hours = corrected.Hours;
        training.StartedOn = corrected.StartedOn;
    }

    public static void Complete(InServiceTraining training, DateOnly completedOn, string? certificate, DateOnly today)
    {
        if (training.CompletedOn is { } done)
        {
            throw DomainException.Conflict($"Khóa bồi dưỡng này đã hoàn thành ngày {done:dd/MM/yyyy}.", "completedOn");
        }

        Require.NotAfter(completedOn, today, "completedOn");
        if (completedOn < training.StartedOn)
        {
            throw DomainException.Validation("completedOn", $"Ngày hoàn thành phải từ ngày bắt đầu ({training.StartedOn:dd/MM/yyyy}) trở đi.");
        }

        training.CompletedOn = completedOn;
        training.Certificate = string.IsNullOrWhiteSpace(certificate) ? null : Require.Text(certificate, MaxCertificateLength, "certificate", "Số chứng nhận");
    }

    public static TrainingCompleted Reported(InServiceTraining training) =>
        new(training.PersonId, TrainingKind, training.Title, training.Provider, training.StartedOn, training.CompletedOn!.Value, training.Hours, training.Certificate);
}
