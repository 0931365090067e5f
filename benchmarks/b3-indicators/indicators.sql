-- B3 baseline: every Registry indicator on :day (the year's last day) by department, in one hand-written
-- query over the Registry's SQLite tables. It follows docs/indicators.md: the register is everyone not
-- merged whose status did not yet say they left; leaders hold a province, department or district post
-- that day; a department is a unit directly under the province, and counts everything below it.
-- Output: indicator|department code|numerator|denominator (empty for counts).
WITH RECURSIVE
  department(id, code) AS (
    SELECT u.Id, u.Code FROM Units u JOIN Units province ON u.ParentId = province.Id WHERE province.ParentId IS NULL
    UNION ALL
    SELECT child.Id, department.code FROM Units child JOIN department ON child.ParentId = department.id
  ),
  register AS (
    SELECT i.Id, d.code AS department, i.IsPublicSector, i.DateOfBirth, i.AcademicTitle, i.AcademicTitleYear
    FROM Intellectuals i JOIN department d ON d.id = i.UnitId
    WHERE i.MergedIntoId IS NULL AND (i.Status = 'Working' OR i.StatusSince > :day)
  ),
  posts AS (
    SELECT IntellectualId, RequiredDegree FROM LeadershipPositions
    WHERE StartDate <= :day AND (EndDate IS NULL OR EndDate >= :day) AND Level IN ('Province', 'Department', 'District')
  ),
  leaders AS (SELECT DISTINCT r.Id, r.department, r.DateOfBirth FROM register r JOIN posts p ON p.IntellectualId = r.Id),
  degree_level(degree, level) AS (VALUES
    ('Bachelor', 1), ('Engineer', 1), ('Physician', 1), ('Master', 2), ('Resident', 2), ('SpecialistFirstLevel', 2),
    ('Doctorate', 3), ('SpecialistSecondLevel', 3)),
  highest AS (
    SELECT q.IntellectualId, MAX(l.level) AS level FROM Qualifications q JOIN degree_level l ON l.degree = q.Degree
    WHERE q.Year <= CAST(substr(:day, 1, 4) AS INTEGER) AND q.IntellectualId IN (SELECT Id FROM leaders)
    GROUP BY q.IntellectualId
  ),
  underqualified AS (
    SELECT DISTINCT p.IntellectualId FROM posts p
    JOIN degree_level needed ON needed.degree = COALESCE(p.RequiredDegree, 'Bachelor')
    LEFT JOIN highest h ON h.IntellectualId = p.IntellectualId
    WHERE COALESCE(h.level, 0) < needed.level
  ),
  -- One pass over the trainings for the three kinds of training the indicators ask about.
  trained AS (
    SELECT IntellectualId,
           MAX(Kind = 'InternationalEnvironment') AS international,
           MAX(Kind IN ('ForeignLanguage', 'InternationalEnvironment')) AS language_or_international,
           MAX(Kind = 'KnowledgeUpdate' AND EndDate >= substr(:day, 1, 4) || '-01-01') AS retrained
    FROM Trainings WHERE EndDate <= :day AND Kind IN ('InternationalEnvironment', 'ForeignLanguage', 'KnowledgeUpdate')
    GROUP BY IntellectualId
  ),
  doctorates AS (SELECT DISTINCT IntellectualId FROM Qualifications WHERE Degree = 'Doctorate' AND Year <= CAST(substr(:day, 1, 4) AS INTEGER)),
  -- T1 also counts a degree earned abroad by that year or a foreign language at level 4 (B2) or above
  -- (InternationalReadiness). Home is written "Việt Nam", "Viet Nam", "VN"...: SQLite's lower() folds ASCII only.
  abroad_or_language AS (
    SELECT IntellectualId FROM Qualifications
    WHERE Year <= CAST(substr(:day, 1, 4) AS INTEGER) AND trim(COALESCE(Country, '')) <> ''
      AND lower(replace(Country, ' ', '')) NOT IN ('việtnam', 'vietnam', 'vn', 'chxhcnviệtnam', 'cộnghòaxãhộichủnghĩaviệtnam')
    UNION
    SELECT IntellectualId FROM LanguageSkills WHERE Level >= 4
  )
SELECT 'T1', department, SUM(COALESCE(t.international, 0) OR Id IN abroad_or_language), COUNT(*) FROM leaders LEFT JOIN trained t ON t.IntellectualId = Id GROUP BY department
UNION ALL
SELECT 'T2', department, SUM(COALESCE(t.language_or_international, 0)), COUNT(*) FROM leaders LEFT JOIN trained t ON t.IntellectualId = Id
  WHERE DateOfBirth > date(:day, '-40 years') GROUP BY department
UNION ALL
SELECT 'T3', department, SUM(Id NOT IN underqualified), COUNT(*) FROM leaders GROUP BY department
UNION ALL
SELECT 'T4', department, SUM(COALESCE(t.retrained, 0)), COUNT(*) FROM register LEFT JOIN trained t ON t.IntellectualId = Id WHERE IsPublicSector GROUP BY department
UNION ALL
SELECT 'D1', department, COUNT(*), NULL FROM register GROUP BY department
UNION ALL
SELECT 'D2', department, COUNT(*), NULL FROM register WHERE Id IN doctorates GROUP BY department
UNION ALL
SELECT 'D3', department, COUNT(*), NULL FROM register
  WHERE AcademicTitle IS NOT NULL AND (AcademicTitleYear IS NULL OR AcademicTitleYear <= CAST(substr(:day, 1, 4) AS INTEGER))
  GROUP BY department
ORDER BY 1, 2;
