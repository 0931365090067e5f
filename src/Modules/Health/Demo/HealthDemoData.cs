using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TriThuc.Modules.Health.Data;
using TriThuc.Modules.Health.Education;
using TriThuc.Modules.Health.Facilities;
using TriThuc.Modules.Health.Licences;
using TriThuc.Modules.Health.Postings;
using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Health.Demo;

/// <summary>
/// At start-up, gives an empty Health module demo records over the Registry's demo province, so that a frontend has
/// something to show on first run: a profile for each of its health facilities, licences for their health people (some
/// expiring within three months, one suspended), continuing education (some holders with their 120 hours, some
/// short of them) and postings to the remote regional hospital. Everything goes through the module's services, so the
/// demo obeys the same rules as a clerk. Does nothing when switched off (TriThuc:Modules:Health:DemoData:Enabled),
/// when the module has facilities already, or when the Registry has no health facility.
/// </summary>
public sealed class HealthDemoData(bool enabled, IServiceScopeFactory scopes, IClock clock, ILogger<HealthDemoData> logger) : ModuleDemoData("Health", enabled, scopes, logger)
{
    private const int Holders = 40;

    private static readonly ProfessionalTitle[] Titles = [ProfessionalTitle.Doctor, ProfessionalTitle.Nurse, ProfessionalTitle.Doctor, ProfessionalTitle.Midwife, ProfessionalTitle.MedicalTechnician];

    protected override Task<bool> HasRecordsAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<HealthDbContext>().Facilities.AnyAsync(cancellationToken);

    protected override async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var facilities = await SeedFacilitiesAsync(services, cancellationToken);
        if (facilities.Count == 0)
        {
            Logger.LogInformation("No Health demo data: the Registry has no hospital, medical centre or commune health station");
            return;
        }

        var people = (await services.GetRequiredService<IPersonDirectory>().FindAsync(
                new PeopleQuery(clock.Today, facilities.Select(f => f.UnitId).ToList(), "health"), cancellationToken))
            .OrderBy(p => p.Id).Take(Holders).ToList();
        var licences = await SeedLicencesAsync(services, people, cancellationToken);
        await SeedPostingsAsync(services.GetRequiredService<PostingService>(), facilities, people, cancellationToken);
        Logger.LogInformation("Seeded Health demo data: {Facilities} facilities, {Licences} licences (switch off with TriThuc:Modules:Health:DemoData:Enabled=false)",
            facilities.Count, licences);
    }

    private async Task<List<HealthFacility>> SeedFacilitiesAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var all = await services.GetRequiredService<IUnitDirectory>().GetAllAsync(cancellationToken);
        var remoteCommune = all.FirstOrDefault(u => u.Code == "X-HSP" && u.IsOpenOn(clock.Today));
        var facilities = new List<HealthFacility>();
        foreach (var unit in all.Where(u => u.IsOpenOn(clock.Today) && u.Kind is UnitKind.Hospital or UnitKind.MedicalCentre or UnitKind.CommuneHealthStation))
        {
            var regional = unit.Name.Contains("khu vực", StringComparison.OrdinalIgnoreCase);
            facilities.Add(await services.GetRequiredService<FacilityService>().RecordAsync(new FacilityInput
            {
                UnitId = unit.Id,
                Level = unit.Kind switch
                {
                    UnitKind.CommuneHealthStation => FacilityLevel.CommuneHealthStation,
                    UnitKind.MedicalCentre => FacilityLevel.RegionalMedicalCentre,
                    _ => regional ? FacilityLevel.RegionalHospital : FacilityLevel.ProvincialHospital,
                },
                Beds = unit.Kind == UnitKind.CommuneHealthStation ? 5 : regional ? 150 : 600,
                HasDoctorPost = true,
                CommuneId = regional ? remoteCommune?.Id : null,
            }, cancellationToken));
        }

        return facilities;
    }

    /// <summary>A licence for each person; the first eight expire within three months, half of them with the cycle's 120 hours; the ninth is suspended.</summary>
    private async Task<int> SeedLicencesAsync(IServiceProvider services, List<PersonSummary> people, CancellationToken cancellationToken)
    {
        var licences = services.GetRequiredService<LicenceService>();
        var education = services.GetRequiredService<CmeService>();
        var today = clock.Today;
        for (var i = 0; i < people.Count; i++)
        {
            var issuedOn = i < 8 ? today.AddYears(-5).AddDays(15 + (i * 10)) : today.AddDays(-200 - (i * 37 % 1500));
            var title = Titles[i % Titles.Length];
            var licence = await licences.IssueAsync(new LicenceInput
            {
                HolderId = people[i].Id, Number = $"{1000 + i:D6}/TQ-GPHN", Title = title, Issuer = "Sở Y tế tỉnh Tuyên Quang", IssuedOn = issuedOn,
                Scope = title == ProfessionalTitle.Doctor ? "Khám bệnh, chữa bệnh đa khoa" : $"Thực hiện kỹ thuật chuyên môn {EnumLabels.Of(title).ToLowerInvariant()}",
            }, cancellationToken);
            var hours = i % 2 == 0 ? 120 : 40 + (i % 5 * 10);
            for (var done = 0; done < hours; done += 40)
            {
                var completedOn = today.AddDays(-30 - (done * 3) - i);
                await education.RecordAsync(new CmeInput
                {
                    PersonId = people[i].Id, Title = CourseTitles[(i + (done / 40)) % CourseTitles.Length], Provider = "Bệnh viện Đa khoa tỉnh",
                    Form = done == 0 ? CmeForm.Course : CmeForm.Conference, StartedOn = completedOn.AddDays(-5), CompletedOn = completedOn,
                    Hours = Math.Min(40, hours - done), Certificate = $"DEMO-{i:D3}-{done / 40}",
                }, cancellationToken);
            }

            if (i == 8)
            {
                await licences.DecideAsync(licence.Id, LicenceDecisionKind.Suspension, new LicenceDecisionInput
                {
                    Number = "15/QĐ-SYT", DecidedOn = today.AddDays(-30), Reason = "Đình chỉ 6 tháng do vi phạm quy định kê đơn thuốc (dữ liệu mẫu).",
                }, cancellationToken);
            }
        }

        return people.Count;
    }

    /// <summary>Three people posted from the provincial hospital to the remote regional one, one of them already back.</summary>
    private async Task SeedPostingsAsync(PostingService postings, List<HealthFacility> facilities, List<PersonSummary> people, CancellationToken cancellationToken)
    {
        var from = facilities.FirstOrDefault(f => f.Level == FacilityLevel.ProvincialHospital);
        var to = facilities.FirstOrDefault(f => f.Level is FacilityLevel.RegionalHospital or FacilityLevel.CommuneHealthStation);
        if (from is null || to is null)
        {
            return;
        }

        var today = clock.Today;
        for (var i = 0; i < Math.Min(3, people.Count); i++)
        {
            var posting = await postings.RecordAsync(new PostingInput
            {
                PersonId = people[people.Count - 1 - i].Id, Kind = i == 0 ? PostingKind.Reinforcement : PostingKind.Rotation,
                FromFacilityId = from.Id, ToFacilityId = to.Id, Decision = $"{20 + i}/QĐ-SYT",
                StartsOn = today.AddDays(-60 + (i * 10)), PlannedEndOn = today.AddDays(120),
            }, cancellationToken);
            if (i == 2)
            {
                await postings.EndAsync(posting.Id, today.AddDays(-5), cancellationToken);
            }
        }
    }

    private static readonly string[] CourseTitles =
    [
        "Cập nhật chẩn đoán và điều trị tăng huyết áp", "Hồi sức cấp cứu cơ bản", "Kiểm soát nhiễm khuẩn trong cơ sở khám chữa bệnh",
        "Chăm sóc sức khỏe bà mẹ, trẻ em vùng cao", "Sử dụng kháng sinh hợp lý",
    ];
}
