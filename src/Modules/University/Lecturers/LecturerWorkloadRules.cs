using TriThuc.Modules.University.Research;

namespace TriThuc.Modules.University.Lecturers;

/// <summary>
/// A lecturer's year under Circular 20/2020/TT-BGDĐT: the checks of what a clerk records, and the one assessment of what
/// the year achieved (<see cref="Assess"/>), which the list, the person's record and indicator U2 all read.
/// </summary>
public static class LecturerWorkloadRules
{
    /// <summary>44 weeks of 40 hours: a lecturer's working time in an academic year.</summary>
    public const int NormWorkingHours = 1760;

    public const int MinTeachingNorm = 200, MaxTeachingNorm = 350, MaxTeachingHours = 1500;

    /// <summary>Research takes at least a third of the working time.</summary>
    public const int ResearchShareDivisor = 3;

    /// <summary>The academic year starts on 1 August, as the province's school years do.</summary>
    public const int FirstMonth = 8;

    /// <summary>The outputs that meet the yearly minimum: an accepted institution-level project, an ISSN paper or a conference report.</summary>
    public static IReadOnlyList<ResearchOutputKind> QualifyingKinds { get; } =
        [ResearchOutputKind.InstitutionProject, ResearchOutputKind.JournalArticle, ResearchOutputKind.IndexedArticle, ResearchOutputKind.ConferencePaper];

    public static int AcademicYearOf(DateOnly day) => day.Month >= FirstMonth ? day.Year : day.Year - 1;

    /// <summary>
    /// The calendar year whose outputs count for an academic year: outputs carry a year, not a day, so an academic year
    /// takes the outputs of the calendar year it starts in (2025–2026 takes those of 2025).
    /// </summary>
    public static int OutputYearOf(int academicYear) => academicYear;

    public static void Apply(LecturerWorkload workload, LecturerWorkloadInput input, DateOnly today)
    {
        if (input.AcademicYear < 2000 || input.AcademicYear > AcademicYearOf(today))
        {
            throw DomainException.Validation("academicYear", $"Năm học phải từ 2000–2001 đến năm học hiện tại ({AcademicYearOf(today)}–{AcademicYearOf(today) + 1}); ghi theo năm bắt đầu.");
        }

        var working = input.WorkingHours ?? NormWorkingHours;
        if (working is <= 0 or > NormWorkingHours)
        {
            throw DomainException.Validation("workingHours", $"Số giờ làm việc trong năm học phải từ 1 đến {NormWorkingHours:N0} giờ (đã nhập {working}).");
        }

        if (input.TeachingNorm is < MinTeachingNorm or > MaxTeachingNorm)
        {
            throw DomainException.Validation("teachingNorm", $"Định mức giờ chuẩn giảng dạy phải từ {MinTeachingNorm} đến {MaxTeachingNorm} giờ chuẩn (Thông tư 20/2020/TT-BGDĐT); đã nhập {input.TeachingNorm}.");
        }

        if (input.TeachingHours < 0 || input.TeachingHours > MaxTeachingHours || decimal.Round(input.TeachingHours, 1) != input.TeachingHours)
        {
            throw DomainException.Validation("teachingHours", $"Số giờ chuẩn đã giảng phải từ 0 đến {MaxTeachingHours}, tối đa một chữ số thập phân.");
        }

        if (input.ResearchHours < 0 || input.ResearchHours > working)
        {
            throw DomainException.Validation("researchHours", $"Số giờ nghiên cứu khoa học phải từ 0 đến số giờ làm việc trong năm ({working}).");
        }

        workload.PersonId = input.PersonId;
        workload.AcademicYear = input.AcademicYear;
        workload.WorkingHours = working;
        workload.TeachingNorm = input.TeachingNorm;
        workload.TeachingHours = input.TeachingHours;
        workload.ResearchHours = input.ResearchHours;
        workload.IsProbationary = input.IsProbationary;
    }

    /// <summary>
    /// The year against the circular: teaching hours at least the norm, research at least a third of the working hours,
    /// and at least one qualifying output. A probationary lecturer is exempt: the comparisons are still told, but
    /// nothing falls short.
    /// </summary>
    public static WorkloadAssessment Assess(LecturerWorkload workload, int qualifyingOutputs)
    {
        var teaching = workload.TeachingHours >= workload.TeachingNorm;
        var minimumResearch = (int)Math.Ceiling(workload.WorkingHours / (decimal)ResearchShareDivisor);
        var research = workload.ResearchHours >= minimumResearch;
        var output = qualifyingOutputs >= 1;
        var shortfalls = new List<string>();
        if (!workload.IsProbationary)
        {
            if (!teaching)
            {
                shortfalls.Add($"Giảng dạy {workload.TeachingHours:0.#} trên định mức {workload.TeachingNorm} giờ chuẩn.");
            }

            if (!research)
            {
                shortfalls.Add($"Nghiên cứu khoa học {workload.ResearchHours} giờ, dưới một phần ba thời gian làm việc ({minimumResearch} trên {workload.WorkingHours} giờ).");
            }

            if (!output)
            {
                shortfalls.Add("Chưa có kết quả nghiên cứu tối thiểu của năm học: một đề tài cấp cơ sở được nghiệm thu, một bài báo trên tạp chí có ISSN hoặc một báo cáo tại hội thảo khoa học.");
            }
        }

        return new WorkloadAssessment(qualifyingOutputs, teaching, research, output, workload.IsProbationary, shortfalls);
    }
}
