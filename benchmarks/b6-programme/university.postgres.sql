-- B6 baseline for the University module on PostgreSQL: university.sql in PostgreSQL's dialect, over the university
-- schema with the registry schema's unit tree and people. Run by psql with -v day=YYYY-MM-DD.
-- Output: indicator|department code|numerator|denominator (empty for counts).
WITH RECURSIVE
  department(id, code) AS (
    SELECT u."Id", u."Code" FROM registry."Units" u JOIN registry."Units" province ON u."ParentId" = province."Id" WHERE province."ParentId" IS NULL
    UNION ALL
    SELECT child."Id", department.code FROM registry."Units" child JOIN department ON child."ParentId" = department.id
  )
SELECT 'U1', d.code, COUNT(*), NULL FROM university."Enrolments" e JOIN university."Courses" c ON c."Id" = e."CourseId"
  JOIN registry."Intellectuals" i ON i."Id" = e."PersonId" JOIN department d ON d.id = i."UnitId"
  WHERE e."Result" = 'Passed' AND e."ResultOn" BETWEEN date_trunc('year', :'day'::date)::date AND :'day'::date GROUP BY d.code
UNION ALL
SELECT 'U3', d.code, COUNT(*), NULL FROM university."CooperationAgreements" a JOIN department d ON d.id = a."ResponsibleUnitId"
  WHERE a."ValidFrom" <= :'day'::date AND (a."ValidTo" IS NULL OR a."ValidTo" >= :'day'::date)
    AND EXISTS (SELECT 1 FROM university."CooperationActivities" x
                WHERE x."AgreementId" = a."Id" AND x."StartDate" <= :'day'::date AND x."EndDate" > (:'day'::date - interval '1 year')::date)
  GROUP BY d.code
ORDER BY 1, 2;
