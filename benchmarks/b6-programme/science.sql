-- B6 baseline for the Science module: S1–S4 on :day by department, one hand-written SELECT per indicator, over
-- science.db with the Registry's registry.db attached as r (for the unit tree only). Follows ScienceIndicators:
-- a project's status on a day is the one its last transition on or before that day gave it (by date, then by
-- when it was recorded); money indicators add grants awarded and payments made from 1 January to the day.
-- Output: indicator|department code|numerator|denominator (empty for counts and amounts).
WITH RECURSIVE
  department(id, code) AS (
    SELECT u.Id, u.Code FROM r.Units u JOIN r.Units province ON u.ParentId = province.Id WHERE province.ParentId IS NULL
    UNION ALL
    SELECT child.Id, department.code FROM r.Units child JOIN department ON child.ParentId = department.id
  ),
  status_on AS (
    SELECT ProjectId, "To" AS status FROM (
      SELECT ProjectId, "To", ROW_NUMBER() OVER (PARTITION BY ProjectId ORDER BY "On" DESC, RecordedAt DESC) AS n
      FROM ProjectTransitions WHERE "On" <= :day)
    WHERE n = 1
  ),
  project_on AS (SELECT p.Id, d.code AS department, s.status FROM Projects p JOIN status_on s ON s.ProjectId = p.Id JOIN department d ON d.id = p.HostUnitId)
SELECT 'S1', department, COUNT(*), NULL FROM project_on GROUP BY department
UNION ALL
SELECT 'S2', department, SUM(status = 'AppliedInPractice'), COUNT(*) FROM project_on
  WHERE status IN ('Accepted', 'AppliedInPractice') GROUP BY department
UNION ALL
SELECT 'S3', d.code, SUM(g.Amount), NULL FROM Grants g JOIN department d ON d.id = g.UnitId
  WHERE g.AwardedOn BETWEEN substr(:day, 1, 4) || '-01-01' AND :day GROUP BY d.code
UNION ALL
SELECT 'S4', d.code, SUM(x.Amount), NULL FROM Disbursements x JOIN Grants g ON g.Id = x.GrantId JOIN department d ON d.id = g.UnitId
  WHERE x.PaidOn BETWEEN substr(:day, 1, 4) || '-01-01' AND :day GROUP BY d.code
ORDER BY 1, 2;
