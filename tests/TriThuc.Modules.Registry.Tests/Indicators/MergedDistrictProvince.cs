namespace TriThuc.Modules.Registry.Tests.Indicators;

/// <summary>
/// A province whose district was merged into a commune on 1 July 2025, for the unit lines' baselines:
/// <list type="bullet">
/// <item>Giang and Hà — Huyện Đồng Văn (closed 30/06/2025, succeeded by Xã Đồng Văn), district posts since 2018
/// that still run; Giang took an international-environment course in 2023, Hà none. T1 for the district,
/// and then for the commune, is 50% both on the baseline date (01/01/2024) and on 31/12/2025.</item>
/// <item>Khánh — Xã Đồng Văn, a unit opened only on 01/07/2025, with no post.</item>
/// </list>
/// </summary>
public sealed class MergedDistrictProvince : RegistryHost
{
    public Guid Khanh { get; private set; }

    protected override async Task BeforeReformAsync()
    {
        foreach (var (name, trained) in new[] { ("Vũ Văn Giang", true), ("Đỗ Thị Hà", false) })
        {
            var person = await CreatePersonAsync(name, OldDistrict, dateOfBirth: "1975-03-03");
            await AddCareerRecordAsync("addLeadershipPosition", "LeadershipPositionInput", person,
                new { title = "Phó Chủ tịch UBND huyện", level = "DISTRICT", unitId = OldDistrict, startDate = "2018-01-01" });
            if (trained)
            {
                await AddCareerRecordAsync("addTraining", "TrainingInput", person, new
                {
                    kind = "INTERNATIONAL_ENVIRONMENT", title = "Khóa bồi dưỡng", provider = "Trường Chính trị tỉnh",
                    startDate = "2023-05-01", endDate = "2023-05-10", hours = 40,
                });
            }
        }

        Khanh = await CreatePersonAsync("Lò Văn Khánh", NewCommune, dateOfBirth: "1992-08-08");
    }
}
