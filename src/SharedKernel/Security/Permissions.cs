namespace TriThuc.SharedKernel.Security;

/// <summary>Permissions granted on top of a role, carried in the token's "permission" claims.</summary>
public static class Permissions
{
    /// <summary>Read sensitive personal data (ethnicity, religion, health, national ID...). Each read is logged.</summary>
    public const string PersonalDataRead = "personal-data:read";
}
