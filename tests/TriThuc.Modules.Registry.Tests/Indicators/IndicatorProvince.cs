namespace TriThuc.Modules.Registry.Tests.Indicators;

/// <summary>
/// A province small enough that every indicator's value is known by hand (measured on 31/12/2025 unless said):
/// <list type="bullet">
/// <item>An — Sở GD&amp;ĐT, born 1970: department post since 2020 requiring a master's, holds one (2010);
/// international-environment training ended 10/05/2024; knowledge update 10/03/2025.</item>
/// <item>Bình — Sở Y tế, born 15/06/1985 (turns 40 on 15/06/2025): department post since 2022, no requirement,
/// bachelor 2008; foreign-language training ended 01/09/2023.</item>
/// <item>Cường — Huyện Đồng Văn (closed 30/06/2025, succeeded by Xã Đồng Văn), born 1980: district post from
/// 2018 that ended 30/06/2025, requiring a master's, holds a bachelor's.</item>
/// <item>Dung — school, female, Tày, born 1990, no post: knowledge update 01/02/2025; doctorate 2024.</item>
/// <item>Em — Sở Y tế, born 1975: retired on 31/03/2025.</item>
/// </list>
/// </summary>
public sealed class IndicatorProvince : RegistryHost
{
    public Guid An { get; private set; }

    public Guid Binh { get; private set; }

    public Guid Cuong { get; private set; }

    public Guid Dung { get; private set; }

    public Guid Em { get; private set; }

    public string Viewer => Host.Token(SharedKernel.Security.Roles.Viewer);

    protected override async Task BeforeReformAsync()
    {
        An = await CreatePersonAsync("Nguyễn Văn An", Education, dateOfBirth: "1970-02-01");
        await AddCareerRecordAsync("addLeadershipPosition", "LeadershipPositionInput", An,
            new { title = "Phó Giám đốc", level = "DEPARTMENT", unitId = Education, startDate = "2020-01-01", requiredDegree = "MASTER" });
        await AddCareerRecordAsync("addQualification", "QualificationInput", An, new { degree = "MASTER", field = "Quản lý giáo dục", year = 2010 });
        await AddTrainingAsync(An, "INTERNATIONAL_ENVIRONMENT", "2024-05-01", "2024-05-10");
        await AddTrainingAsync(An, "KNOWLEDGE_UPDATE", "2025-03-01", "2025-03-10");

        Binh = await CreatePersonAsync("Trần Thị Bình", Health, dateOfBirth: "1985-06-15", gender: "FEMALE", field: "health");
        await AddCareerRecordAsync("addLeadershipPosition", "LeadershipPositionInput", Binh,
            new { title = "Trưởng phòng", level = "DEPARTMENT", unitId = Health, startDate = "2022-01-01" });
        await AddCareerRecordAsync("addQualification", "QualificationInput", Binh, new { degree = "BACHELOR", field = "Y tế công cộng", year = 2008 });
        await AddTrainingAsync(Binh, "FOREIGN_LANGUAGE", "2023-06-01", "2023-09-01");

        Cuong = await CreatePersonAsync("Lê Văn Cường", OldDistrict, dateOfBirth: "1980-09-09");
        var post = await AddCareerRecordAsync("addLeadershipPosition", "LeadershipPositionInput", Cuong,
            new { title = "Phó Chủ tịch UBND huyện", level = "DISTRICT", unitId = OldDistrict, startDate = "2018-01-01", requiredDegree = "MASTER" });
        await GraphQLAsync("mutation($id: ID!) { endLeadershipPosition(positionId: $id, endDate: \"2025-06-30\") { id } }", new { id = post }, Editor);
        await AddCareerRecordAsync("addQualification", "QualificationInput", Cuong, new { degree = "BACHELOR", field = "Luật", year = 2003 });

        Dung = await CreatePersonAsync("Hoàng Thị Dung", School, dateOfBirth: "1990-11-20", gender: "FEMALE", ethnicGroup: "02");
        await AddTrainingAsync(Dung, "KNOWLEDGE_UPDATE", "2025-01-20", "2025-02-01");
        await AddCareerRecordAsync("addQualification", "QualificationInput", Dung, new { degree = "DOCTORATE", field = "Ngữ văn", year = 2024 });

        Em = await CreatePersonAsync("Phạm Văn Em", Health, dateOfBirth: "1975-05-05", field: "health");
        await GraphQLAsync("mutation($id: ID!) { changeIntellectualStatus(id: $id, status: RETIRED, since: \"2025-03-31\") { id } }", new { id = Em }, Editor);
    }

    public Task<Guid> AddTrainingAsync(Guid person, string kind, string startDate, string endDate) =>
        AddCareerRecordAsync("addTraining", "TrainingInput", person,
            new { kind, title = "Khóa bồi dưỡng", provider = "Trường Chính trị tỉnh", startDate, endDate, hours = 40 });
}
