-- What SQLite itself needs to store B4's file in TriThuc's schema: every record with its indexes and foreign
-- keys, and an audit entry for each, in one transaction, with no .NET code in the way. Run on the registry.db
-- of a province of units only, the file already loaded into the table csv_rows (not timed):
--   sqlite3 registry.db -cmd ".mode csv" -cmd ".import people.csv csv_rows" < engine-floor.sql
-- It prints one "Run Time" line per statement; their sum is the floor under any importer on this schema.
PRAGMA foreign_keys = ON;
PRAGMA cache_size = -65536;
.timer on
BEGIN;
INSERT INTO Intellectuals (Id, FullName, SearchName, Gender, DateOfBirth, EthnicGroupCode, NationalId, StaffCode, Phone, Email,
  UnitId, JobTitle, FieldCode, IsPublicSector, IsRemotePosting, Status, CreatedAt, CreatedBy)
SELECT
  -- time-ordered ids, as Guid.CreateVersion7 makes them
  printf('019AD%03X-%04X-7%03X-8%03X-%012X', r.rowid / 65536, r.rowid % 65536, abs(random()) % 4096, abs(random()) % 4096, abs(random()) % 281474976710656),
  r."Họ và tên", lower(r."Họ và tên"),
  CASE r."Giới tính" WHEN 'Nam' THEN 'Male' ELSE 'Female' END,
  substr(r."Ngày sinh", 7, 4) || '-' || substr(r."Ngày sinh", 4, 2) || '-' || substr(r."Ngày sinh", 1, 2),
  coalesce(e.Code, r."Dân tộc"), r."Số định danh", r."Mã cán bộ", r."Điện thoại", r."Thư điện tử",
  u.Id, r."Chức danh", r."Lĩnh vực", r."Khu vực công" = 'Có', r."Vùng sâu, vùng xa" = 'Có', 'Working', 1309322520564488192, 'benchmark'
FROM csv_rows r JOIN Units u ON u.Code = r."Mã đơn vị" LEFT JOIN EthnicGroups e ON e.Name = r."Dân tộc";
INSERT INTO AuditEntries (Id, EntityType, EntityId, Action, ChangedBy, ChangedAt, Changes)
SELECT
  printf('019AE%03X-%04X-7%03X-8%03X-%012X', i.rowid / 65536, i.rowid % 65536, abs(random()) % 4096, abs(random()) % 4096, abs(random()) % 281474976710656),
  'Intellectual', lower(i.Id), 'Created', 'benchmark', 1309322520564488192,
  json_object('Id', json_object('after', lower(i.Id)), 'AcademicTitle', json_object(), 'AcademicTitleYear', json_object(),
    'DateOfBirth', json_object('after', i.DateOfBirth, 'personal', json('true')), 'Email', json_object('after', i.Email),
    'EthnicGroupCode', json_object('after', i.EthnicGroupCode, 'personal', json('true')), 'FieldCode', json_object('after', i.FieldCode),
    'FullName', json_object('after', i.FullName), 'Gender', json_object('after', 0), 'IsPublicSector', json_object('after', json(iif(i.IsPublicSector, 'true', 'false'))),
    'IsRemotePosting', json_object('after', json(iif(i.IsRemotePosting, 'true', 'false'))), 'JobTitle', json_object('after', i.JobTitle),
    'MergedIntoId', json_object(), 'NationalId', json_object('after', i.NationalId, 'personal', json('true')),
    'Phone', json_object('after', i.Phone, 'personal', json('true')), 'PoliticalTheoryLevel', json_object(),
    'SearchName', json_object('after', i.SearchName), 'StaffCode', json_object('after', i.StaffCode), 'Status', json_object('after', 0),
    'StatusSince', json_object(), 'UnitId', json_object('after', lower(i.UnitId)))
FROM Intellectuals i;
COMMIT;
