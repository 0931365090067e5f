namespace TriThuc.Modules.University.Leaders;

/// <summary>
/// A leader of a department on a day and the course they still need: for T1, an international-environment course (unless
/// a degree abroad or a working foreign language already counts); for T2, a foreign-language or international-environment
/// course. <see cref="Id"/> is the person's Registry id, so that a read of the T2 flag is logged against them.
/// </summary>
public sealed record LeaderCourseNeed(Guid Id, Guid UnitId, bool NeedsCourseForT1, bool NeedsCourseForT2);
