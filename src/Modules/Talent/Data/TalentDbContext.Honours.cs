using TriThuc.Modules.Talent.Honours;

namespace TriThuc.Modules.Talent.Data;

/// <summary>The honours round's sets (<c>Honours/</c>).</summary>
public sealed partial class TalentDbContext
{
    public DbSet<HonourRound> HonourRounds => Set<HonourRound>();

    public DbSet<HonourNomination> HonourNominations => Set<HonourNomination>();

    public DbSet<HonourCouncilSeat> HonourCouncilSeats => Set<HonourCouncilSeat>();

    public DbSet<HonourScore> HonourScores => Set<HonourScore>();

    public DbSet<HonourSeatRemoval> HonourSeatRemovals => Set<HonourSeatRemoval>();

    public DbSet<HonouredAchievement> HonouredAchievements => Set<HonouredAchievement>();
}
