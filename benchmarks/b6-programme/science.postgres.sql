-- B6 baseline for the Science module on PostgreSQL: science.sql in PostgreSQL's dialect, over the science schema with
-- the registry schema's unit tree. Run by psql with -v day=YYYY-MM-DD.
-- Output: indicator|department code|numerator|denominator (empty for counts and amounts).
WITH RECURSIVE
  department(id, code) AS (
    SELECT u."Id", u."Code" FROM registry."Units" u JOIN registry."Units" province ON u."ParentId" = province."Id" WHERE province."ParentId" IS NULL
    UNION ALL
    SELECT child."Id", department.code FROM registry."Units" child JOIN department ON child."ParentId" = department.id
  ),
  status_on AS (
    SELECT "ProjectId", "To" AS status FROM (
      SELECT "ProjectId", "To", ROW_NUMBER() OVER (PARTITION BY "ProjectId" ORDER BY "On" DESC, "RecordedAt" DESC) AS n
      FROM science."ProjectTransitions" WHERE "On" <= :'day'::date) latest
    WHERE n = 1
  ),
  project_on AS (
    SELECT p."Id", d.code AS department, s.status FROM science."Projects" p JOIN status_on s ON s."ProjectId" = p."Id" JOIN department d ON d.id = p."HostUnitId"
  )
SELECT 'S1', department, COUNT(*), NULL FROM project_on GROUP BY department
UNION ALL
SELECT 'S2', department, COUNT(*) FILTER (WHERE status = 'AppliedInPractice'), COUNT(*) FROM project_on
  WHERE status IN ('Accepted', 'AppliedInPractice') GROUP BY department
UNION ALL
SELECT 'S3', d.code, SUM(g."Amount"), NULL FROM science."Grants" g JOIN department d ON d.id = g."UnitId"
  WHERE g."AwardedOn" BETWEEN date_trunc('year', :'day'::date)::date AND :'day'::date GROUP BY d.code
UNION ALL
SELECT 'S4', d.code, SUM(x."Amount"), NULL FROM science."Disbursements" x JOIN science."Grants" g ON g."Id" = x."GrantId" JOIN department d ON d.id = g."UnitId"
  WHERE x."PaidOn" BETWEEN date_trunc('year', :'day'::date)::date AND :'day'::date GROUP BY d.code
ORDER BY 1, 2;
