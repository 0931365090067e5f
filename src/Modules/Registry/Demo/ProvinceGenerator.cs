using TriThuc.Modules.Registry.Careers;
using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.Registry.People;
using TriThuc.Modules.Registry.Units;

namespace TriThuc.Modules.Registry.Demo;

/// <summary>
/// Makes a plausible province for demonstrations and load tests: the units after the 2025 reform (with
/// the districts and the old province closed and succeeded), and people with names of their ethnic
/// group, degrees, languages, posts and trainings in plausible proportions. Deterministic per seed.
/// </summary>
public sealed class ProvinceGenerator(int seed, DateOnly today, double trainingsPerYear = 0.45)
{
    private readonly Random _random = new(seed);
    private List<OrganisationUnit>? _workplaces;

    /// <summary>One person and their qualifications, languages, posts, trainings and honours.</summary>
    public sealed record GeneratedPerson(Intellectual Person, List<object> Records);

    /// <summary>The units, open and closed; call before <see cref="People"/>, which places people in them.</summary>
    public List<OrganisationUnit> Units(string provinceName)
    {
        var units = BuildUnits(provinceName);
        _workplaces = units.Where(u => u.ValidTo is null && u.Kind != UnitKind.Province).ToList();
        return units;
    }

    /// <summary>People one at a time, so that a province of any size is generated in constant memory.</summary>
    public IEnumerable<GeneratedPerson> People(int count)
    {
        var workplaces = _workplaces ?? throw new InvalidOperationException("Generate the units first.");
        for (var i = 0; i < count; i++)
        {
            var unit = workplaces[_random.Next(workplaces.Count)];
            var person = Person(unit, i);
            yield return new GeneratedPerson(person, Careers(person, unit).ToList());
        }
    }

    private List<OrganisationUnit> BuildUnits(string provinceName)
    {
        var reform = new DateOnly(2025, 7, 1);
        var province = Unit("TQ", $"Tỉnh {provinceName}", UnitKind.Province, null, new DateOnly(1991, 10, 1));
        var units = new List<OrganisationUnit> { province };
        OrganisationUnit Add(string code, string name, UnitKind kind, bool remote = false, OrganisationUnit? parent = null, DateOnly? from = null)
        {
            var unit = Unit(code, name, kind, (parent ?? province).Id, from ?? new DateOnly(2008, 1, 1), remote);
            units.Add(unit);
            return unit;
        }

        foreach (var (code, name) in new[]
        {
            ("SNV", "Sở Nội vụ"), ("SGDDT", "Sở Giáo dục và Đào tạo"), ("SYT", "Sở Y tế"), ("SKHCN", "Sở Khoa học và Công nghệ"),
            ("SNNMT", "Sở Nông nghiệp và Môi trường"), ("STC", "Sở Tài chính"), ("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch"), ("SXD", "Sở Xây dựng"),
        })
        {
            Add(code, name, UnitKind.Department);
        }

        var education = units.Single(u => u.Code == "SGDDT");
        var health = units.Single(u => u.Code == "SYT");
        Add("PHDHTN", "Phân hiệu Đại học Thái Nguyên tại Hà Giang", UnitKind.University);
        Add("DHTT", "Trường Đại học Tân Trào", UnitKind.University);
        Add("BVDKT", "Bệnh viện Đa khoa tỉnh", UnitKind.Hospital, parent: health);
        Add("BVHSP", "Bệnh viện Đa khoa khu vực Hoàng Su Phì", UnitKind.Hospital, remote: true, parent: health);
        Add("THPTC", "Trường THPT Chuyên", UnitKind.School, parent: education);
        Add("THPTDV", "Trường THPT Đồng Văn", UnitKind.School, remote: true, parent: education);
        Add("PTDTNTMV", "Trường PTDTNT Mèo Vạc", UnitKind.School, remote: true, parent: education);
        Add("HLHPN", "Hội Liên hiệp Phụ nữ tỉnh", UnitKind.MassOrganisation);
        Add("LHHKT", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", UnitKind.MassOrganisation);

        foreach (var (district, commune, remote) in new[] { ("Đồng Văn", "Đồng Văn", true), ("Mèo Vạc", "Mèo Vạc", true), ("Hoàng Su Phì", "Hoàng Su Phì", true), ("Yên Sơn", "Yên Sơn", false) })
        {
            var old = Add($"H-{Code(district)}", $"Huyện {district}", UnitKind.Unit, remote, from: new DateOnly(1991, 10, 1));
            var successor = Add($"X-{Code(commune)}", $"Xã {commune}", UnitKind.Commune, remote, from: reform);
            old.ValidTo = reform.AddDays(-1);
            old.SuccessorId = successor.Id;
        }

        Add("X-LC", "Xã Lũng Cú", UnitKind.Commune, remote: true, from: reform);
        Add("P-HG1", "Phường Hà Giang 1", UnitKind.Ward, from: reform);
        Add("P-MT", "Phường Minh Xuân", UnitKind.Ward, from: reform);
        return units;
    }

    private static string Code(string name) => string.Concat(name.Split(' ').Select(w => SharedKernel.Text.VietnameseText.Fold(w)[0])).ToUpperInvariant();

    private static OrganisationUnit Unit(string code, string name, UnitKind kind, Guid? parent, DateOnly from, bool remote = false) =>
        new() { Code = code, Name = name, Kind = kind, ParentId = parent, ValidFrom = from, IsRemoteArea = remote };

    private Intellectual Person(OrganisationUnit unit, int index)
    {
        var ethnicGroup = Pick([("01", 32), ("02", 24), ("08", 18), ("09", 12), ("07", 6), ("25", 3), ("03", 2), ("43", 1), ("46", 1), ("40", 1)]);
        var names = VietnameseNames.For(ethnicGroup);
        var female = _random.NextDouble() < 0.52;
        var fullName = string.Join(' ',
            Any(names.Surnames), female ? Any(names.FemaleMiddle) : Any(names.MaleMiddle), female ? Any(names.FemaleGiven) : Any(names.MaleGiven));
        var age = 23 + (int)(_random.NextDouble() * _random.NextDouble() * 40);
        return new Intellectual
        {
            FullName = fullName,
            Gender = female ? Gender.Female : Gender.Male,
            DateOfBirth = today.AddYears(-age).AddDays(-_random.Next(0, 365)),
            EthnicGroupCode = ethnicGroup,
            NationalId = $"0{_random.Next(1, 96):00}{(female ? 1 : 0)}{_random.Next(0, 100):00}{index:000000}",
            StaffCode = $"{unit.Code}-{index:000000}",
            Phone = $"09{_random.Next(10_000_000, 99_999_999)}",
            UnitId = unit.Id,
            JobTitle = unit.Kind switch
            {
                UnitKind.School => "Giáo viên",
                UnitKind.Hospital => "Bác sĩ",
                UnitKind.University => "Giảng viên",
                _ => "Chuyên viên",
            },
            FieldCode = FieldFor(unit),
            IsPublicSector = unit.Kind != UnitKind.MassOrganisation || _random.NextDouble() < 0.5,
            IsRemotePosting = unit.IsRemoteArea,
            PoliticalTheoryLevel = Pick([((PoliticalTheoryLevel?)null, 40), (PoliticalTheoryLevel.Elementary, 25), (PoliticalTheoryLevel.Intermediate, 28), (PoliticalTheoryLevel.Advanced, 7)]),
            Status = age >= 61 ? EmploymentStatus.Retired : EmploymentStatus.Working,
            StatusSince = age >= 61 ? today.AddYears(-(age - 60)) : null,
        };
    }

    private string FieldFor(OrganisationUnit unit) => unit.Kind switch
    {
        UnitKind.School => "education",
        UnitKind.Hospital => "health",
        _ when unit.Code == "SGDDT" => "education",
        _ when unit.Code == "SYT" => "health",
        _ when unit.Code == "SKHCN" => Any(["biotechnology", "digital-transformation", "engineering", "natural-sciences"]),
        _ when unit.Code == "SNNMT" => "agriculture",
        _ => Any(["public-administration", "economics", "law", "social-sciences", "culture-arts", "digital-transformation", "engineering"]),
    };

    private IEnumerable<object> Careers(Intellectual person, OrganisationUnit unit)
    {
        var graduated = person.DateOfBirth.Year + 22 + _random.Next(0, 3);
        var degree = person.FieldCode == "health"
            ? Pick([(Degree.Physician, 40), (Degree.SpecialistFirstLevel, 20), (Degree.SpecialistSecondLevel, 5), (Degree.Master, 15), (Degree.Bachelor, 20)])
            : Pick([(Degree.Bachelor, 55), (Degree.Engineer, 10), (Degree.Master, 30), (Degree.Doctorate, 5)]);
        var lastYear = Math.Min(today.Year, graduated + (degree is Degree.Bachelor or Degree.Engineer or Degree.Physician ? 0 : 4));
        yield return new Qualification
        {
            IntellectualId = person.Id, Degree = degree, Field = FieldName(person.FieldCode), FieldCode = person.FieldCode, Year = Math.Max(lastYear, person.DateOfBirth.Year + 20),
            Institution = Any(["Đại học Thái Nguyên", "Đại học Quốc gia Hà Nội", "Đại học Sư phạm Hà Nội", "Đại học Y Hà Nội", "Học viện Hành chính Quốc gia"]),
            Country = _random.NextDouble() < 0.05 ? Any(["Nga", "Trung Quốc", "Úc", "Nhật Bản"]) : "Việt Nam",
        };

        if (degree == Degree.Doctorate && unit.Kind == UnitKind.University && _random.NextDouble() < 0.3)
        {
            person.AcademicTitle = _random.NextDouble() < 0.2 ? AcademicTitle.Professor : AcademicTitle.AssociateProfessor;
            person.AcademicTitleYear = Math.Min(today.Year, person.DateOfBirth.Year + 40 + _random.Next(0, 10));
        }

        if (_random.NextDouble() < 0.5)
        {
            yield return new LanguageSkill { IntellectualId = person.Id, Language = Pick([("Tiếng Anh", 85), ("Tiếng Trung", 10), ("Tiếng Pháp", 5)]), Level = _random.Next(2, 6) };
        }

        var earliestPost = Math.Max(2010, person.DateOfBirth.Year + 30);
        if (_random.NextDouble() < 0.12 && person.Status == EmploymentStatus.Working && earliestPost <= today.Year)
        {
            var start = new DateOnly(_random.Next(earliestPost, today.Year + 1), _random.Next(1, 13), 1);
            if (start <= today)
            {
                yield return new LeadershipPosition
                {
                    IntellectualId = person.Id, UnitId = unit.Id, StartDate = start,
                    EndDate = _random.NextDouble() < 0.2 ? start.AddYears(2) is var end && end < today ? end : null : null,
                    Title = Pick([("Trưởng phòng", 50), ("Phó Trưởng phòng", 30), ("Phó Giám đốc", 15), ("Giám đốc", 5)]),
                    Level = unit.Kind is UnitKind.Commune or UnitKind.Ward ? PositionLevel.Commune : unit.Kind == UnitKind.Department ? PositionLevel.Department : PositionLevel.Unit,
                    RequiredDegree = _random.NextDouble() < 0.3 ? Degree.Master : null,
                };
            }
        }

        for (var year = today.Year - 4; year <= today.Year; year++)
        {
            // trainingsPerYear = 2.4 gives two trainings a year and a third with chance 0.4.
            var trainings = person.Status == EmploymentStatus.Working ? (int)trainingsPerYear + (_random.NextDouble() < trainingsPerYear % 1 ? 1 : 0) : 0;
            for (var n = 0; n < trainings; n++)
            {
                var start = new DateOnly(year, _random.Next(1, 12), _random.Next(1, 20));
                if (start < today)
                {
                    var kind = Pick([(TrainingKind.KnowledgeUpdate, 40), (TrainingKind.Professional, 25), (TrainingKind.ForeignLanguage, 10),
                        (TrainingKind.InternationalEnvironment, 8), (TrainingKind.PoliticalTheory, 10), (TrainingKind.Management, 7)]);
                    yield return new Training
                    {
                        IntellectualId = person.Id, Kind = kind, StartDate = start, EndDate = start.AddDays(_random.Next(2, 20)),
                        Hours = _random.Next(16, 121), Title = TrainingTitle(kind),
                        Provider = Any(["Trường Chính trị tỉnh", "Học viện Hành chính Quốc gia", "Học viện Ngoại giao", "Sở Nội vụ"]),
                    };
                }
            }
        }

        if (_random.NextDouble() < 0.03)
        {
            yield return new Honour { IntellectualId = person.Id, Year = today.Year - _random.Next(0, 5), Title = "Trí thức tiêu biểu", AwardedBy = "Ủy ban nhân dân tỉnh" };
        }
    }

    private static string TrainingTitle(TrainingKind kind) => kind switch
    {
        TrainingKind.KnowledgeUpdate => "Cập nhật kiến thức chuyên môn",
        TrainingKind.ForeignLanguage => "Bồi dưỡng ngoại ngữ",
        TrainingKind.InternationalEnvironment => "Kiến thức, kỹ năng làm việc trong môi trường quốc tế",
        TrainingKind.PoliticalTheory => "Lý luận chính trị",
        TrainingKind.Management => "Quản lý nhà nước",
        _ => "Bồi dưỡng nghiệp vụ",
    };

    private static string FieldName(string fieldCode) =>
        Reference.ReferenceData.ExpertiseFields.FirstOrDefault(f => f.Code == fieldCode)?.Name ?? fieldCode;

    private T Any<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private T Pick<T>(IReadOnlyList<(T Value, int Weight)> weighted)
    {
        var roll = _random.Next(weighted.Sum(w => w.Weight));
        foreach (var (value, weight) in weighted)
        {
            if ((roll -= weight) < 0)
            {
                return value;
            }
        }

        return weighted[^1].Value;
    }
}
