-- B6 baseline for the University module: U1 and U3 on :day by department, one hand-written SELECT each, over
-- university.db with registry.db attached as r (the unit tree, and each learner's unit). Follows
-- UniversityIndicators: U1 counts passes recorded from 1 January to the day, at the learner's unit in the
-- register; U3 counts agreements in force on the day with an activity in the twelve months up to it.
-- (U2, lecturers with research output, is measured through GraphQL only.)
-- Output: indicator|department code|numerator|denominator (empty for counts).
WITH RECURSIVE
  department(id, code) AS (
    SELECT u.Id, u.Code FROM r.Units u JOIN r.Units province ON u.ParentId = province.Id WHERE province.ParentId IS NULL
    UNION ALL
    SELECT child.Id, department.code FROM r.Units child JOIN department ON child.ParentId = department.id
  )
SELECT 'U1', d.code, COUNT(*), NULL FROM Enrolments e JOIN Courses c ON c.Id = e.CourseId
  JOIN r.Intellectuals i ON i.Id = e.PersonId JOIN department d ON d.id = i.UnitId
  WHERE e.Result = 'Passed' AND e.ResultOn BETWEEN substr(:day, 1, 4) || '-01-01' AND :day GROUP BY d.code
UNION ALL
SELECT 'U3', d.code, COUNT(*), NULL FROM CooperationAgreements a JOIN department d ON d.id = a.ResponsibleUnitId
  WHERE a.ValidFrom <= :day AND (a.ValidTo IS NULL OR a.ValidTo >= :day)
    AND EXISTS (SELECT 1 FROM CooperationActivities x WHERE x.AgreementId = a.Id AND x.StartDate <= :day AND x.EndDate > date(:day, '-1 year'))
  GROUP BY d.code
ORDER BY 1, 2;
