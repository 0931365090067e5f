namespace TriThuc.Modules.Health.Licences;

public sealed class LicenceInput
{
    public Guid HolderId { get; init; }

    public string Number { get; init; } = "";

    public ProfessionalTitle Title { get; init; }

    public string Scope { get; init; } = "";

    public string Issuer { get; init; } = "";

    public DateOnly IssuedOn { get; init; }
}
