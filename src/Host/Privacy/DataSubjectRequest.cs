using TriThuc.SharedKernel.Domain;

namespace TriThuc.Host.Privacy;

/// <summary>An action taken for a data subject (an export, a restriction...), kept so that it appears in the audit trail.</summary>
public sealed class DataSubjectRequest : Entity
{
    public string PersonId { get; set; } = "";

    public DataSubjectRequestKind Kind { get; set; }
}

public enum DataSubjectRequestKind
{
    Export,
    RecordBasis,
    Restrict,
    LiftRestriction,
}
