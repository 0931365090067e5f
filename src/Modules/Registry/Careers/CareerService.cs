using TriThuc.Modules.Registry.Data;
using TriThuc.Modules.Registry.People;

namespace TriThuc.Modules.Registry.Careers;

/// <summary>Adds what a person has earned and done: degrees, languages, posts, trainings, honours.</summary>
public sealed class CareerService(RegistryDbContext db, IClock clock)
{
    public async Task<Qualification> AddQualificationAsync(Guid intellectualId, QualificationInput input, CancellationToken cancellationToken) =>
        await SaveAsync(CareerRules.NewQualification(await PersonAsync(intellectualId, cancellationToken), input, clock.Today), cancellationToken);

    public async Task<LanguageSkill> AddLanguageSkillAsync(Guid intellectualId, LanguageSkillInput input, CancellationToken cancellationToken) =>
        await SaveAsync(CareerRules.NewLanguageSkill(await PersonAsync(intellectualId, cancellationToken), input), cancellationToken);

    public async Task<LeadershipPosition> AddPositionAsync(Guid intellectualId, LeadershipPositionInput input, CancellationToken cancellationToken)
    {
        var person = await PersonAsync(intellectualId, cancellationToken);
        var unit = await db.Units.FindAsync([input.UnitId], cancellationToken);
        return await SaveAsync(CareerRules.NewPosition(person, input, unit, clock.Today), cancellationToken);
    }

    public async Task<LeadershipPosition> EndPositionAsync(Guid positionId, DateOnly endDate, CancellationToken cancellationToken)
    {
        var position = await db.LeadershipPositions.FindAsync([positionId], cancellationToken) ?? throw DomainException.NotFound("Không tìm thấy chức vụ.");
        if (position.EndDate is not null)
        {
            throw DomainException.Conflict($"Chức vụ này đã kết thúc ngày {position.EndDate:dd/MM/yyyy}.");
        }

        if (endDate < position.StartDate)
        {
            throw DomainException.Validation("endDate", $"Ngày kết thúc phải sau ngày bắt đầu ({position.StartDate:dd/MM/yyyy}).");
        }

        position.EndDate = endDate;
        await db.SaveChangesAsync(cancellationToken);
        return position;
    }

    public async Task<Training> AddTrainingAsync(Guid intellectualId, TrainingInput input, CancellationToken cancellationToken) =>
        await SaveAsync(CareerRules.NewTraining(await PersonAsync(intellectualId, cancellationToken), input, clock.Today), cancellationToken);

    public async Task<Honour> AddHonourAsync(Guid intellectualId, HonourInput input, CancellationToken cancellationToken) =>
        await SaveAsync(CareerRules.NewHonour(await PersonAsync(intellectualId, cancellationToken), input, clock.Today), cancellationToken);

    private async Task<Intellectual> PersonAsync(Guid id, CancellationToken cancellationToken) =>
        CareerRules.RequireNotMerged(await db.Intellectuals.FindAsync([id], cancellationToken) ?? throw DomainException.NotFound("Không tìm thấy hồ sơ trí thức."));

    private async Task<T> SaveAsync<T>(T record, CancellationToken cancellationToken) where T : class
    {
        db.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return record;
    }
}
