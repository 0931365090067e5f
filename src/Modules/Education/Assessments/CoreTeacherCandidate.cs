using TriThuc.Modules.Education.Schools;

namespace TriThuc.Modules.Education.Assessments;

/// <summary>A teacher whose records meet the core-teacher criteria on a day: the level taught, the years at it, and the assessment that qualifies.</summary>
public sealed record CoreTeacherCandidate(Guid Id, Guid PersonId, SchoolLevel Level, decimal YearsAtLevel, StandardAssessment Assessment);
