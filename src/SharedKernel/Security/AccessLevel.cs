namespace TriThuc.SharedKernel.Security;

/// <summary>Who may read a field.</summary>
public enum AccessLevel
{
    /// <summary>Anyone, signed in or not: reference lists, the platform's description.</summary>
    Public,

    /// <summary>Any signed-in role, viewers included: counts, indicators, other aggregates.</summary>
    Aggregates,

    /// <summary>Editors and administrators: individual records (non-sensitive fields).</summary>
    Records,

    /// <summary>Administrators only: audit trail, access log, data-subject requests.</summary>
    Administrator,
}
