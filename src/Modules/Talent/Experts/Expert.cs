namespace TriThuc.Modules.Talent.Experts;

/// <summary>
/// An overseas Vietnamese or foreign expert the province cooperates with (Law 93/2025/QH15, Decree 249/2025/NĐ-CP). Not a
/// Registry person: the module keeps the minimum about them — name, country, field, organisation — and their engagements.
/// </summary>
public sealed class Expert : TitledEntity
{
    public ExpertOrigin Origin { get; set; }

    /// <summary>The country they live and work in, as written in the approval (e.g. "Nhật Bản").</summary>
    public string Country { get; set; } = "";

    public string FieldCode { get; set; } = "";

    /// <summary>The university, institute or company they work for.</summary>
    public string Organisation { get; set; } = "";

    public List<ExpertEngagement> Engagements { get; set; } = [];
}
