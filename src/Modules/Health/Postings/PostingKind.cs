namespace TriThuc.Modules.Health.Postings;

[Name("HealthPostingKind")]
[Description("Hình thức điều động người hành nghề về cơ sở.")]
public enum PostingKind
{
    [Description("Luân phiên có thời hạn")]
    Rotation,
    [Description("Tăng cường cho tuyến y tế cơ sở")]
    Reinforcement,
}
