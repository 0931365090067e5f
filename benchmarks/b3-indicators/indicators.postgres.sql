-- B3 baseline on PostgreSQL: indicators.sql, the same query in PostgreSQL's dialect, over the Registry's schema.
-- Run by psql with -v day=YYYY-MM-DD (the year's last day). Output: indicator|department code|numerator|denominator.
SET search_path TO registry;
WITH RECURSIVE
  department(id, code) AS (
    SELECT u."Id", u."Code" FROM "Units" u JOIN "Units" province ON u."ParentId" = province."Id" WHERE province."ParentId" IS NULL
    UNION ALL
    SELECT child."Id", department.code FROM "Units" child JOIN department ON child."ParentId" = department.id
  ),
  register AS (
    SELECT i."Id", d.code AS department, i."IsPublicSector", i."DateOfBirth", i."AcademicTitle", i."AcademicTitleYear"
    FROM "Intellectuals" i JOIN department d ON d.id = i."UnitId"
    WHERE i."MergedIntoId" IS NULL AND (i."Status" = 'Working' OR i."StatusSince" > :'day'::date)
  ),
  posts AS (
    SELECT "IntellectualId", "RequiredDegree" FROM "LeadershipPositions"
    WHERE "StartDate" <= :'day'::date AND ("EndDate" IS NULL OR "EndDate" >= :'day'::date) AND "Level" IN ('Province', 'Department', 'District')
  ),
  leaders AS (SELECT DISTINCT r."Id", r.department, r."DateOfBirth" FROM register r JOIN posts p ON p."IntellectualId" = r."Id"),
  degree_level(degree, level) AS (VALUES
    ('Bachelor', 1), ('Engineer', 1), ('Physician', 1), ('Master', 2), ('Resident', 2), ('SpecialistFirstLevel', 2),
    ('Doctorate', 3), ('SpecialistSecondLevel', 3)),
  highest AS (
    SELECT q."IntellectualId", MAX(l.level) AS level FROM "Qualifications" q JOIN degree_level l ON l.degree = q."Degree"
    WHERE q."Year" <= extract(year FROM :'day'::date) AND q."IntellectualId" IN (SELECT "Id" FROM leaders)
    GROUP BY q."IntellectualId"
  ),
  underqualified AS (
    SELECT DISTINCT p."IntellectualId" FROM posts p
    JOIN degree_level needed ON needed.degree = COALESCE(p."RequiredDegree", 'Bachelor')
    LEFT JOIN highest h ON h."IntellectualId" = p."IntellectualId"
    WHERE COALESCE(h.level, 0) < needed.level
  ),
  trained AS (
    SELECT "IntellectualId",
           bool_or("Kind" = 'InternationalEnvironment')::int AS international,
           bool_or("Kind" IN ('ForeignLanguage', 'InternationalEnvironment'))::int AS language_or_international,
           bool_or("Kind" = 'KnowledgeUpdate' AND "EndDate" >= date_trunc('year', :'day'::date)::date)::int AS retrained
    FROM "Trainings" WHERE "EndDate" <= :'day'::date AND "Kind" IN ('InternationalEnvironment', 'ForeignLanguage', 'KnowledgeUpdate')
    GROUP BY "IntellectualId"
  ),
  doctorates AS (SELECT DISTINCT "IntellectualId" FROM "Qualifications" WHERE "Degree" = 'Doctorate' AND "Year" <= extract(year FROM :'day'::date)),
  abroad_or_language AS (
    SELECT "IntellectualId" FROM "Qualifications"
    WHERE "Year" <= extract(year FROM :'day'::date) AND trim(COALESCE("Country", '')) <> ''
      AND lower(replace("Country", ' ', '')) NOT IN ('việtnam', 'vietnam', 'vn', 'chxhcnviệtnam', 'cộnghòaxãhộichủnghĩaviệtnam')
    UNION
    SELECT "IntellectualId" FROM "LanguageSkills" WHERE "Level" >= 4
  )
SELECT 'T1', department, SUM(CASE WHEN COALESCE(t.international, 0) = 1 OR "Id" IN (SELECT "IntellectualId" FROM abroad_or_language) THEN 1 ELSE 0 END), COUNT(*)::text
  FROM leaders LEFT JOIN trained t ON t."IntellectualId" = "Id" GROUP BY department
UNION ALL
SELECT 'T2', department, SUM(COALESCE(t.language_or_international, 0)), COUNT(*)::text FROM leaders LEFT JOIN trained t ON t."IntellectualId" = "Id"
  WHERE "DateOfBirth" > :'day'::date - interval '40 years' GROUP BY department
UNION ALL
SELECT 'T3', department, SUM(CASE WHEN "Id" IN (SELECT "IntellectualId" FROM underqualified) THEN 0 ELSE 1 END), COUNT(*)::text FROM leaders GROUP BY department
UNION ALL
SELECT 'T4', department, SUM(COALESCE(t.retrained, 0)), COUNT(*)::text FROM register LEFT JOIN trained t ON t."IntellectualId" = "Id" WHERE "IsPublicSector" GROUP BY department
UNION ALL
SELECT 'D1', department, COUNT(*), '' FROM register GROUP BY department
UNION ALL
SELECT 'D2', department, COUNT(*), '' FROM register WHERE "Id" IN (SELECT "IntellectualId" FROM doctorates) GROUP BY department
UNION ALL
SELECT 'D3', department, COUNT(*), '' FROM register
  WHERE "AcademicTitle" IS NOT NULL AND ("AcademicTitleYear" IS NULL OR "AcademicTitleYear" <= extract(year FROM :'day'::date))
  GROUP BY department
ORDER BY 1, 2;
