namespace TriThuc.SharedKernel.Domain;

/// <summary>
/// Marks an entity property holding sensitive or protected personal data. The audit trail flags its
/// changes as personal, so that their values are shown only to callers allowed to read personal data,
/// and each such showing is logged.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PersonalDataAttribute : Attribute;
