namespace TriThuc.Modules.Education.Gifted;

/// <summary>A gifted-pupil contest (kỳ thi học sinh giỏi) of a school year, held on a day; its subjects are those of its entries.</summary>
public sealed class Contest : TitledEntity
{
    public ContestLevel Level { get; set; }

    /// <summary>The year the school year starts in.</summary>
    public int SchoolYear { get; set; }

    public DateOnly HeldOn { get; set; }
}
