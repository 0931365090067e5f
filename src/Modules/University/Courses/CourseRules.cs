namespace TriThuc.Modules.University.Courses;

/// <summary>The checks a course offering passes, each refusal naming its field in words a clerk can act on.</summary>
public static class CourseRules
{
    public const int MaxTitleLength = 300, MaxHours = 2000;

    /// <summary>Who the Registry names as the provider of the trainings the branch reports.</summary>
    public const string Provider = "Phân hiệu Đại học Thái Nguyên";

    public static Course New(CourseInput input)
    {
        var title = Require.Text(input.Title, MaxTitleLength, "title", "Tên khóa học");
        if (input.Hours is <= 0 or > MaxHours)
        {
            throw DomainException.Validation("hours", $"Số tiết phải từ 1 đến {MaxHours}.");
        }

        if (input.EndDate < input.StartDate)
        {
            throw DomainException.Validation("endDate", $"Ngày kết thúc phải từ ngày khai giảng ({input.StartDate:dd/MM/yyyy}).");
        }

        return new Course { Title = title, Kind = input.Kind, Hours = input.Hours, StartDate = input.StartDate, EndDate = input.EndDate };
    }
}
