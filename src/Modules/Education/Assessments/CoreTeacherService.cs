using TriThuc.Modules.Education.Data;
using TriThuc.Modules.Education.Indicators;
using TriThuc.Modules.Education.TeachingAssignments;
using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Education.Assessments;

/// <summary>Finds the teachers eligible as core teachers (giáo viên cốt cán) from assessments, assignments and school profiles.</summary>
public sealed class CoreTeacherService(EducationDbContext db, IUnitDirectory units, IClock clock)
{
    public async Task<IReadOnlyList<CoreTeacherCandidate>> FindAsync(int schoolYear, DateOnly? on, Guid? unitId, CancellationToken cancellationToken)
    {
        var day = on ?? clock.Today;
        var assessments = (await db.StandardAssessments.AsNoTracking()
                .Where(a => a.SchoolYear == schoolYear && (a.FinalLevel == OverallLevel.Good || a.FinalLevel == OverallLevel.Excellent))
                .ToListAsync(cancellationToken))
            .Where(a => CoreTeacherRule.AssessmentQualifies(a.FinalLevel!.Value, StandardAssessment.Decode(a.FinalRatings)))
            .ToList();
        var people = assessments.Select(a => a.PersonId).ToList();
        var assignments = await db.TeachingAssignments.AsNoTracking().Where(t => people.Contains(t.PersonId)).ToListAsync(cancellationToken);
        var levels = await db.Schools.AsNoTracking().ToDictionaryAsync(s => s.UnitId, s => s.Level, cancellationToken);
        var within = unitId is { } root ? await units.SubtreeAsync(root, cancellationToken) : null;

        var candidates = new List<CoreTeacherCandidate>();
        foreach (var assessment in assessments)
        {
            var own = assignments.Where(t => t.PersonId == assessment.PersonId && levels.ContainsKey(t.UnitId)).ToList();
            var current = own.Where(t => t.IsActiveOn(day) && (within is null || within.Contains(t.UnitId))).Select(t => levels[t.UnitId]).Distinct().Order().ToList();
            foreach (var level in current)
            {
                var days = CoreTeacherRule.DaysTaught(own.Where(t => levels[t.UnitId] == level).Select(t => (t.StartedOn, t.EndedOn)), day);
                if (CoreTeacherRule.HasTaughtLongEnough(days, day))
                {
                    candidates.Add(new CoreTeacherCandidate(assessment.Id, assessment.PersonId, level, Math.Round(days / 365.25m, 1), assessment));
                    break;
                }
            }
        }

        return candidates;
    }

    /// <summary>
    /// Refuses the core-teacher flag on <paramref name="assignment"/> (being recorded or already kept) unless the records
    /// meet <see cref="CoreTeacherRule"/> on <paramref name="day"/>: the school has a profile (its level), the teacher has
    /// taught five years at that level counting this assignment, and their latest principal's assessment of the day's
    /// school year or the one before (as E1 reads it) is Khá or Tốt with criteria 1 and 2 at Tốt.
    /// </summary>
    public async Task RequireEligibleAsync(TeachingAssignment assignment, DateOnly day, CancellationToken cancellationToken)
    {
        const string Field = "isCoreTeacher";
        const string Basis = "Điều 12 Thông tư 20/2018/TT-BGDĐT";
        var school = await db.Schools.AsNoTracking().FirstOrDefaultAsync(s => s.UnitId == assignment.UnitId, cancellationToken)
            ?? throw DomainException.Validation(Field, "Trường của phân công chưa có hồ sơ trường (cấp học) nên chưa xét được giáo viên cốt cán; hãy ghi hồ sơ trường trước.");
        var year = EducationIndicatorDefinitions.SchoolYearOf(day);
        var latest = (await db.StandardAssessments.AsNoTracking()
                .Where(a => a.PersonId == assignment.PersonId && a.FinalLevel != null && a.FinalisedOn <= day && (a.SchoolYear == year || a.SchoolYear == year - 1))
                .ToListAsync(cancellationToken))
            .MaxBy(a => a.SchoolYear);
        if (latest is null)
        {
            throw DomainException.Validation(Field, $"Giáo viên chưa có kết quả đánh giá chuẩn nghề nghiệp của hiệu trưởng năm học {year - 1}–{year} hoặc {year}–{year + 1}; chưa đủ điều kiện giáo viên cốt cán ({Basis}).");
        }

        if (!CoreTeacherRule.AssessmentQualifies(latest.FinalLevel!.Value, StandardAssessment.Decode(latest.FinalRatings)))
        {
            throw DomainException.Validation(Field, $"Đánh giá chuẩn nghề nghiệp năm học {latest.SchoolYear}–{latest.SchoolYear + 1} xếp loại {EnumLabels.Of(latest.FinalLevel.Value)}; giáo viên cốt cán cần loại Khá trở lên và tiêu chí 1, 2 (Điều 5) đạt Tốt ({Basis}).");
        }

        var levels = await db.Schools.AsNoTracking().Where(s => s.Level == school.Level).Select(s => s.UnitId).ToListAsync(cancellationToken);
        var periods = (await db.TeachingAssignments.AsNoTracking()
                .Where(t => t.PersonId == assignment.PersonId && levels.Contains(t.UnitId) && t.Id != assignment.Id)
                .Select(t => new { t.StartedOn, t.EndedOn }).ToListAsync(cancellationToken))
            .Select(t => (t.StartedOn, t.EndedOn))
            .Append((assignment.StartedOn, assignment.EndedOn));
        var days = CoreTeacherRule.DaysTaught(periods, day);
        if (!CoreTeacherRule.HasTaughtLongEnough(days, day))
        {
            throw DomainException.Validation(Field, $"Giáo viên mới dạy {days / 365.25m:0.#} năm ở cấp {EnumLabels.Of(school.Level)} (tính đến {day:dd/MM/yyyy}); giáo viên cốt cán cần ít nhất {CoreTeacherRule.YearsAtLevel} năm ({Basis}).");
        }
    }
}
