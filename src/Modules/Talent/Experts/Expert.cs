namespace TriThuc.Modules.Talent.Experts;

/// <summary>
/// An overseas Vietnamese or foreign expert the province cooperates with (Law 93/2025/QH15, Decree 249/2025/NĐ-CP). Not a
/// Registry person: the module keeps the minimum about them — name, country, field, organisation — and their engagements.
/// An expert who is also on the register (an overseas Vietnamese who once worked in the province, say) may be linked to
/// that Registry intellectual by an editor: the person's data-subject export then lists the expert and its engagements.
/// </summary>
public sealed class Expert : TitledEntity
{
    public ExpertOrigin Origin { get; set; }

    /// <summary>The country they live and work in, as written in the approval (e.g. "Nhật Bản").</summary>
    public string Country { get; set; } = "";

    public string FieldCode { get; set; } = "";

    /// <summary>The university, institute or company they work for.</summary>
    public string Organisation { get; set; } = "";

    /// <summary>The Registry intellectual this expert is, when an editor has linked them; null for most experts.</summary>
    [DataSubject]
    public Guid? IntellectualId { get; set; }

    public List<ExpertEngagement> Engagements { get; set; } = [];
}
